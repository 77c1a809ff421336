// Runs a corpus of requests through the generated TypeScript validators and prints what each
// reports, for tests/integration/validators_agree.rs to hold against Rust and Python.
//   node validate_corpus.js CORPUS.json  →  [[[path, rule, message]…] per case]

import { readFileSync } from "node:fs";
import * as api from "../../generated/typescript";

const schemas: Record<string, api.Schema> = {
  "volcengine-rtc-im": api.volcengineRtcIm.SCHEMA,
  "tencent-chat": api.tencentChat.SCHEMA,
};

const corpus = api.parseJson(readFileSync(process.argv[2], "utf8")) as { service: string; type: string; value: unknown }[];
const out = corpus.map((c) => api.validate(schemas[c.service], c.type, c.value).map((v) => [v.path, v.rule, v.message]));
console.log(JSON.stringify(out));
