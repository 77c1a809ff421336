// Runs a corpus of requests through the generated TypeScript validators and prints what each
// reports, for tests/integration/validators_agree.rs to hold against Rust and Python. Each
// service is checked by its own package: the repository's, or the extensions fixture's.
//   node validate_corpus.js CORPUS.json  →  [[[path, rule, message, code]…] per case]

import { readFileSync } from "node:fs";
import * as api from "../../generated/typescript";
import * as extensions from "../fixtures/extensions/generated/typescript";

type Check = (type: string, value: unknown) => api.Violation[];

const services: Record<string, Check> = {
  "volcengine-rtc-im": (type, value) => api.validate(api.volcengineRtcIm.SCHEMA, type, value),
  "tencent-chat": (type, value) => api.validate(api.tencentChat.SCHEMA, type, value),
  "rongcloud-im": (type, value) => api.validate(api.rongcloudIm.SCHEMA, type, value),
  "ext-demo": (type, value) => extensions.validate(extensions.extDemo.SCHEMA, type, value),
};

const corpus = api.parseJson(readFileSync(process.argv[2], "utf8")) as { service: string; type: string; value: unknown }[];
const out = corpus.map((c) => services[c.service](c.type, c.value).map((v) => [v.path, v.rule, v.message, v.code ?? null]));
console.log(JSON.stringify(out));
