// The hand-written runtime of the generated TypeScript package: exact JSON for 64-bit
// integers, the validator that reads each service's schema, a signer per signing scheme, and
// the one call pipeline on `fetch`, which reads each service's signing and envelope as data.
// Copied as it is by the typescript template set.

import { createHash, createHmac } from "node:crypto";
import { deflateSync } from "node:zlib";

// ---------------------------------------------------------------------------------------------
// JSON with exact 64-bit integers
// ---------------------------------------------------------------------------------------------

/** A JSON value as `parseJson` gives it: integers outside ±2^53 are `bigint`. */
export type Json = null | boolean | number | bigint | string | Json[] | { [key: string]: Json };

/** Parses JSON text; an integer that a `number` cannot hold exactly becomes a `bigint`. */
export function parseJson(text: string): Json {
  let i = 0;
  const fail = (what: string): never => {
    throw new SyntaxError(`invalid JSON at offset ${i}: ${what}`);
  };
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const value = (depth: number): Json => {
    if (depth > 128) fail("nested too deeply");
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      const out: { [key: string]: Json } = {};
      space();
      if (text[i] === "}") {
        i++;
        return out;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail("expected a key");
        const key = string();
        space();
        if (text[i++] !== ":") fail("expected ':'");
        Object.defineProperty(out, key, {
          value: value(depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i++] === "}") return out;
        fail("expected ',' or '}'");
      }
    }
    if (c === "[") {
      i++;
      const out: Json[] = [];
      space();
      if (text[i] === "]") {
        i++;
        return out;
      }
      for (;;) {
        out.push(value(depth + 1));
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i++] === "]") return out;
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return string();
    if (text.startsWith("true", i)) {
      i += 4;
      return true;
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return false;
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return null;
    }
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail("unexpected character");
    i += m[0].length;
    if (m[1] === undefined && m[2] === undefined) {
      const n = Number(m[0]);
      return Number.isSafeInteger(n) ? n : BigInt(m[0]);
    }
    return Number(m[0]);
  };
  const string = (): string => {
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === "\\") i++;
      else if (ch === '"') {
        i++;
        return JSON.parse(text.slice(start, i)) as string;
      }
    }
    return fail("unterminated string");
  };
  const out = value(0);
  space();
  if (i !== text.length) fail("trailing characters");
  return out;
}

/** JSON text of a value, with `bigint` written as its digits. */
export function toJson(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => toJson(v === undefined ? null : v)).join(",")}]`;
  if (typeof value === "object") {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) parts.push(`${JSON.stringify(k)}:${toJson(v)}`);
    }
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Schemas: the shapes and limits of a service's types, as codegen writes them
// ---------------------------------------------------------------------------------------------

/** A type in a schema: a scalar, a list, a map, a nullable item or a named type. */
export type SchemaType =
  | "bool" | "i32" | "i64" | "u32" | "u64" | "f64" | "string"
  | ["list" | "map" | "null", SchemaType]
  | { ref: string };

/** The limits of one value. */
export interface Limits {
  minimum?: number;
  maximum?: number;
  also_allowed?: number[];
  min_length?: number;
  max_length?: number;
  length_unit?: "bytes";
  min_items?: number;
  max_items?: number;
  unique_items?: boolean;
  items?: Limits;
}

/** [wire name, type, required, limits, unknown enum values are the server's to coerce]. */
export type SchemaField = [string, SchemaType, boolean, Limits] | [string, SchemaType, boolean, Limits, boolean];

/** A named type's shape. */
export type SchemaDef =
  | {
      kind: "struct";
      fields: SchemaField[];
      at_least_one_of: string[][];
      mutually_exclusive: string[][];
      required_when: [string, string, unknown, string][];
      forbidden_when: [string, string, unknown, string][];
    }
  | { kind: "enum"; repr: string; values: (number | string)[]; allowed: string[]; open: boolean }
  | { kind: "union"; tag: string; content: string; variants: Record<string, string>; allowed: string[] };

/** A service's schema. */
export interface Schema {
  types: Record<string, SchemaDef>;
  /** The response envelope: the payload's field (none when the payload's fields sit beside
   *  the envelope's), the envelope's own fields, and the roles they play. */
  envelope: { payload: string | null; fields: unknown[]; roles: EnvelopeRoles };
}

/** The envelope fields that say how a call went, each a path of wire names from the body's
 *  root: a failure has a `code` or `number` that is neither absent, null, 0 nor empty, or a
 *  `status` other than its `ok` value. */
export interface EnvelopeRoles {
  request_id: string[];
  code: string[];
  number: string[];
  message: string[];
  status: { path: string[]; ok: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Validation: the same rules, paths and messages as the Rust crate
// ---------------------------------------------------------------------------------------------

/** One broken constraint. */
export interface Violation {
  /** The wire path (`ParticipantInfos[3].Marks[0]`; empty for the request itself). */
  path: string;
  /** The rule's name (`max_items`), as in the spec and the Rust crate. */
  rule: string;
  /** `ParticipantInfos must have at most 100 items, found 101 items`. */
  message: string;
}

/** Thrown by a client when a request breaks its documented limits; nothing was sent. */
export class ValidationError extends Error {
  constructor(readonly violations: Violation[]) {
    super(`the request breaks ${violations.length} constraint(s): ${violations.slice(0, 5).map((v) => v.message).join("; ")}`);
    this.name = "ValidationError";
  }
}

type Segment = { field: string } | { index: number } | { key: string };

/** `ParticipantInfos[3].Marks[0]`; a map key that is not a plain ASCII word (letters, digits,
 *  `_`, `-`) is quoted as JSON: `Ext["s:from"]`, `Ext["键"]`. */
function pathText(path: Segment[]): string {
  let out = "";
  path.forEach((s, i) => {
    if ("field" in s) out += (i > 0 ? "." : "") + s.field;
    else if ("index" in s) out += `[${s.index}]`;
    else {
      const plain = /^[A-Za-z0-9_-]+$/.test(s.key);
      out += plain ? (i > 0 ? `.${s.key}` : s.key) : `[${JSON.stringify(s.key)}]`;
    }
  });
  return out;
}

/** Orders strings by Unicode scalar value (code point), as Rust's `BTreeMap` and Python's
 *  `sorted` do; `<` compares UTF-16 units, which puts U+10000 and above before U+E000–U+FFFF. */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF: move them past U+FFFF.
      const rank = (c: number) => (c >= 0xd800 && c <= 0xdfff ? c + 0x2000 : c >= 0xe000 ? c - 0x800 : c);
      return rank(x) - rank(y);
    }
  }
  return a.length - b.length;
}

function numberText(n: number | bigint): string {
  return typeof n === "bigint" ? n.toString() : String(n);
}

/** The most Unicode scalar values of a string a message quotes; a longer one is cut after
 *  them and marked `…`. Counted in code points, never UTF-16 units, as Rust and Python count. */
const MAX_SHOWN = 64;

/** The first `MAX_SHOWN` code points of `text`, or `undefined` when it has no more than that. */
function cutText(text: string): string | undefined {
  let count = 0;
  let end = 0;
  for (const c of text) {
    if (count === MAX_SHOWN) return text.slice(0, end);
    count++;
    end += c.length;
  }
  return undefined;
}

/** An offending value as a message quotes it: JSON, a string cut after `MAX_SHOWN` code
 *  points (`"中中…中"…`); any other value's JSON text cut the same way. */
function shown(value: unknown): string {
  if (typeof value === "string") {
    const cut = cutText(value);
    return cut === undefined ? JSON.stringify(value) : `${JSON.stringify(cut)}…`;
  }
  const text = typeof value === "bigint" ? value.toString() : toJson(value);
  const cut = cutText(text);
  return cut === undefined ? text : `${cut}…`;
}

/** Checks `value` as a `type` of `schema`; every violation, in the Rust crate's order. */
export function validate(schema: Schema, type: string, value: unknown): Violation[] {
  const out: Violation[] = [];
  const path: Segment[] = [];
  const push = (rule: string, text: string, found?: string) => {
    const p = pathText(path);
    out.push({ path: p, rule, message: `${p === "" ? "the request" : p} ${text}${found === undefined ? "" : `, found ${found}`}` });
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  const present = (obj: Record<string, unknown>, f: string) => obj[f] !== undefined && obj[f] !== null;
  const equal = (a: unknown, b: unknown) => (typeof a === "bigint" || typeof b === "bigint" ? String(a) === String(b) : a === b);

  const named = (name: string, v: unknown, ignoreEnum = false): void => {
    const def = schema.types[name];
    if (def === undefined) return;
    if (def.kind === "enum") {
      if (ignoreEnum || def.open) return;
      if (!def.values.some((x) => equal(x, v))) push("enum", `must be one of ${def.allowed.join(", ")}`, shown(v));
      return;
    }
    if (!isObject(v)) return;
    if (def.kind === "union") {
      const tag = v[def.tag];
      const content = typeof tag === "string" ? def.variants[tag] : undefined;
      if (content === undefined) {
        path.push({ field: def.tag });
        push("enum", `must be one of ${def.allowed.join(", ")}`, shown(tag));
        path.pop();
      } else if (v[def.content] !== undefined) {
        path.push({ field: def.content });
        named(content, v[def.content]);
        path.pop();
      }
      return;
    }
    for (const group of def.at_least_one_of) {
      if (!group.some((f) => present(v, f))) push("at_least_one_of", `must have at least one of ${group.join(", ")}`);
    }
    for (const group of def.mutually_exclusive) {
      const sent = group.filter((f) => present(v, f));
      if (sent.length > 1) push("mutually_exclusive", `must have at most one of ${group.join(", ")}`, sent.join(" and "));
    }
    for (const [list, rule, word] of [
      [def.required_when, "required_when", "must have"],
      [def.forbidden_when, "forbidden_when", "must not have"],
    ] as const) {
      for (const [field, whenField, equals, condition] of list) {
        const holds = equals === null || equals === undefined ? present(v, whenField) : present(v, whenField) && equal(v[whenField], equals);
        if (holds && present(v, field) === (rule === "forbidden_when")) push(rule, `${word} ${field} when ${condition}`);
      }
    }
    for (const [wire, ty, , limits, coerced] of def.fields) {
      const fv = v[wire];
      if (fv === undefined || fv === null) continue;
      path.push({ field: wire });
      check(ty, limits, fv, coerced === true);
      path.pop();
    }
  };

  const check = (ty: SchemaType, limits: Limits, v: unknown, coerced = false): void => {
    if (typeof ty === "string") {
      if (ty === "string" && typeof v === "string") {
        const bytes = limits.length_unit === "bytes";
        const measured = bytes ? Buffer.byteLength(v, "utf8") : [...v].length;
        const unit = bytes ? "bytes" : "characters";
        if (limits.min_length !== undefined && measured < limits.min_length) push("min_length", `must be at least ${limits.min_length} ${unit} long`, `${measured} ${unit}`);
        else if (limits.max_length !== undefined && measured > limits.max_length) push("max_length", `must be at most ${limits.max_length} ${unit} long`, `${measured} ${unit}`);
      } else if (ty !== "bool" && ty !== "string" && (typeof v === "number" || typeof v === "bigint")) {
        const cmp = (a: number | bigint, b: number) => (typeof a === "bigint" && Number.isInteger(b) ? (a < BigInt(b) ? -1 : a > BigInt(b) ? 1 : 0) : Number(a) < b ? -1 : Number(a) > b ? 1 : 0);
        const below = limits.minimum !== undefined && cmp(v, limits.minimum) < 0;
        const above = limits.maximum !== undefined && cmp(v, limits.maximum) > 0;
        const also = limits.also_allowed ?? [];
        if ((below || above) && !also.some((a) => cmp(v, a) === 0)) {
          const exceptions = also.length > 0 ? ` (or exactly ${also.map(numberText).join(" or ")})` : "";
          if (below) push("minimum", `must be at least ${numberText(limits.minimum!)}${exceptions}`, numberText(v));
          else push("maximum", `must be at most ${numberText(limits.maximum!)}${exceptions}`, numberText(v));
        }
      }
      return;
    }
    if (Array.isArray(ty)) {
      const [shape, item] = ty;
      if (shape === "null") {
        if (v !== null) check(item, limits, v, coerced);
        return;
      }
      if (shape === "list" && Array.isArray(v)) {
        if (limits.min_items !== undefined && v.length < limits.min_items) push("min_items", `must have at least ${limits.min_items} items`, `${v.length} items`);
        else if (limits.max_items !== undefined && v.length > limits.max_items) push("max_items", `must have at most ${limits.max_items} items`, `${v.length} items`);
        if (limits.unique_items) {
          const seen = new Map<string, number>();
          v.forEach((item, i) => {
            const key = toJson(item);
            const first = seen.get(key);
            if (first === undefined) seen.set(key, i);
            else {
              path.push({ index: i });
              push("unique_items", `must not repeat item [${first}]`, shown(item));
              path.pop();
            }
          });
        }
        v.forEach((x, i) => {
          if (x === null) return;
          path.push({ index: i });
          check(item, limits.items ?? {}, x, coerced);
          path.pop();
        });
      } else if (shape === "map" && isObject(v)) {
        // In the order of the keys' code points, as Rust's BTreeMap holds them; not insertion
        // order, nor JavaScript's integer-like keys first.
        for (const [k, x] of Object.entries(v).sort(([a], [b]) => byCodePoint(a, b))) {
          if (x === null) continue;
          path.push({ key: k });
          check(item, limits.items ?? {}, x, coerced);
          path.pop();
        }
      }
      return;
    }
    named(ty.ref, v, coerced);
  };

  named(type, value);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding: exact integers for 64-bit fields
// ---------------------------------------------------------------------------------------------

/** Converts parsed JSON to a `type` of `schema`: 64-bit integers become `bigint`, others
 *  `number`; fields the schema does not name are kept as parsed. */
export function decode(schema: Schema, type: SchemaType, value: Json): unknown {
  if (value === null) return null;
  if (typeof type === "string") {
    if ((type === "i64" || type === "u64") && (typeof value === "number" || typeof value === "bigint")) {
      return typeof value === "number" && !Number.isInteger(value) ? value : BigInt(value);
    }
    if ((type === "i32" || type === "u32" || type === "f64") && typeof value === "bigint") return Number(value);
    return value;
  }
  if (Array.isArray(type)) {
    const [shape, item] = type;
    if (shape === "null") return decode(schema, item, value);
    if (shape === "list" && Array.isArray(value)) return value.map((v) => decode(schema, item, v));
    if (shape === "map" && typeof value === "object" && !Array.isArray(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: decode(schema, item, v), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return value;
  }
  const def = schema.types[type.ref];
  if (def === undefined || typeof value !== "object" || Array.isArray(value)) {
    // Enum values are small numbers (or strings), whatever their wire type.
    if (def?.kind === "enum" && typeof value === "bigint") return Number(value);
    return value;
  }
  if (def.kind === "union") {
    const out: Record<string, unknown> = { ...value };
    const tag = value[def.tag];
    const content = typeof tag === "string" ? def.variants[tag] : undefined;
    if (content !== undefined && value[def.content] !== undefined) out[def.content] = decode(schema, { ref: content }, value[def.content]);
    return out;
  }
  if (def.kind !== "struct") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [wire, ty] of def.fields) {
    if (Object.prototype.hasOwnProperty.call(value, wire)) out[wire] = decode(schema, ty, value[wire]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Signing
// ---------------------------------------------------------------------------------------------

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, text: string) => createHmac("sha256", key).update(text, "utf8").digest();

/** RFC 3986 encoding, as the V4 canonical request needs it. */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The headers a Volcengine V4 ("HMAC-SHA256") signature adds to a request. */
export function volcengineHeaders(input: {
  method: string;
  host: string;
  path: string;
  query: [string, string][];
  body: Buffer;
  contentType: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  region: string;
  service: string;
  xDate: string;
}): Record<string, string> {
  const bodyHash = sha256Hex(input.body);
  const headers: Record<string, string> = {
    "content-type": input.contentType,
    host: input.host.replace(/:(80|443)$/, ""),
    "x-content-sha256": bodyHash,
    "x-date": input.xDate,
  };
  if (input.sessionToken) headers["x-security-token"] = input.sessionToken;
  const names = Object.keys(headers).sort();
  const query = [...input.query]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`)
    .join("&");
  const path = input.path === "" ? "/" : input.path.split("/").map(uriEncode).join("/");
  const canonical = [
    input.method,
    path,
    query,
    names.map((n) => `${n}:${headers[n].trim()}\n`).join(""),
    names.join(";"),
    bodyHash,
  ].join("\n");
  const shortDate = input.xDate.slice(0, 8);
  const scope = `${shortDate}/${input.region}/${input.service}/request`;
  const toSign = `HMAC-SHA256\n${input.xDate}\n${scope}\n${sha256Hex(canonical)}`;
  let key: Buffer = Buffer.from(input.secretAccessKey, "utf8");
  for (const part of [shortDate, input.region, input.service, "request"]) key = hmac(key, part);
  const signature = createHmac("sha256", key).update(toSign, "utf8").digest("hex");
  const out: Record<string, string> = {
    "X-Date": input.xDate,
    "X-Content-Sha256": bodyHash,
    Authorization: `HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${names.join(";")}, Signature=${signature}`,
  };
  if (input.sessionToken) out["X-Security-Token"] = input.sessionToken;
  return out;
}

/** `YYYYMMDDTHHMMSSZ` of a time. */
export function xDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** JSON text as Python's `json.dumps` writes a string (ASCII, `\uXXXX`), as TLSSigAPIv2 does. */
function pythonJsonString(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A Tencent Cloud Chat UserSig (TLSSigAPIv2). */
export function userSig(input: { sdkAppId: number | bigint; secretKey: string; identifier: string; expire: number; now: number; userBuf?: Buffer }): string {
  let content = `TLS.identifier:${input.identifier}\nTLS.sdkappid:${input.sdkAppId}\nTLS.time:${input.now}\nTLS.expire:${input.expire}\n`;
  let buf = "";
  if (input.userBuf !== undefined) {
    const encoded = input.userBuf.toString("base64");
    content += `TLS.userbuf:${encoded}\n`;
    buf = `, "TLS.userbuf": "${encoded}"`;
  }
  const sig = hmac(input.secretKey, content).toString("base64");
  const doc = `{"TLS.ver": "2.0", "TLS.identifier": ${pythonJsonString(input.identifier)}, "TLS.sdkappid": ${input.sdkAppId}, "TLS.expire": ${input.expire}, "TLS.time": ${input.now}${buf}, "TLS.sig": "${sig}"}`;
  return deflateSync(Buffer.from(doc, "utf8"))
    .toString("base64")
    .replace(/\+/g, "*")
    .replace(/\//g, "-")
    .replace(/=/g, "_");
}

// ---------------------------------------------------------------------------------------------
// The client core
// ---------------------------------------------------------------------------------------------

/** A failure the vendor reported in its envelope. */
export class ApiError extends Error {
  constructor(
    /** The vendor's code (`ConversationNotFound`, `10004`). */
    readonly code: string,
    /** Volcengine's `CodeN`, or Tencent's `ErrorCode`. */
    readonly codeNumber: number | undefined,
    /** The HTTP status. */
    readonly status: number,
    /** The vendor's message. */
    readonly info: string,
    /** The request id, when given. */
    readonly requestId: string | undefined,
  ) {
    super(`${code}: ${info}`);
    this.name = "ApiError";
  }
}

/** A transport failure: no answer, a redirect, an oversized or unreadable body. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TransportError";
  }
}

/** How a client reaches the vendor. */
export interface HttpOptions {
  /** `https://host` (or `http://127.0.0.1:port` for an emulator, with `allowHttp`). */
  baseUrl: string;
  /** Per-request timeout in milliseconds (10 s by default). */
  timeoutMs?: number;
  /** The largest response body read (4 MiB by default). */
  maxResponseBytes?: number;
  /** Permit plain `http://`. */
  allowHttp?: boolean;
  /** Whether requests are validated before sending (true by default). */
  validate?: boolean;
}

async function post(http: HttpOptions, url: URL, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  if (url.protocol !== "https:" && !(http.allowHttp && url.protocol === "http:")) {
    throw new TransportError(`refusing ${url.protocol} (set allowHttp for a local emulator)`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers,
      body: new Uint8Array(body),
      redirect: "manual",
      signal: AbortSignal.timeout(http.timeoutMs ?? 10_000),
    });
  } catch (e) {
    throw new TransportError(`no answer from ${url.host}: ${(e as Error).name}`);
  }
  if (response.status >= 300 && response.status < 400) {
    throw new TransportError(`redirected (HTTP ${response.status}); redirects are not followed`);
  }
  const limit = http.maxResponseBytes ?? 4 << 20;
  const announced = Number(response.headers.get("content-length") ?? "0");
  if (announced > limit) throw new TransportError(`the response is larger than ${limit} bytes`);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        throw new TransportError(`the response is larger than ${limit} bytes`);
      }
      chunks.push(value);
    }
  }
  return { status: response.status, text: Buffer.concat(chunks).toString("utf8") };
}

function check<T>(http: HttpOptions, schema: Schema, requestType: string, request: T): void {
  if (http.validate === false) return;
  const violations = validate(schema, requestType, request);
  if (violations.length > 0) throw new ValidationError(violations);
}

function parse(text: string, status: number): Record<string, Json> {
  let parsed: Json;
  try {
    parsed = parseJson(text);
  } catch {
    throw new TransportError(`HTTP ${status} with a body that is not JSON`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new TransportError(`HTTP ${status} with a body that is not a JSON object`);
  return parsed;
}

/** Volcengine credentials. */
export interface VolcengineCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** For STS credentials. */
  sessionToken?: string;
}

/** Tencent Cloud Chat credentials: an administrator and the app's key (UserSigs are made and
 *  renewed from it). */
export interface TencentCredentials {
  sdkAppId: number;
  identifier: string;
  secretKey: string;
  /** UserSig lifetime in seconds (one day by default). */
  expire?: number;
}

/** The credentials of each signing scheme, by the scheme's name (`service.signing.scheme` in
 *  the model). A new scheme is a line here and a signer in `SIGNERS`. */
export interface Credentials {
  "volcengine-v4": VolcengineCredentials;
  "tencent-usersig": TencentCredentials;
}

/** A signing scheme's name. */
export type Scheme = keyof Credentials;

/** How a service's requests are signed (the model's `service.signing`). */
export interface Signing<S extends Scheme = Scheme> {
  scheme: S;
  /** The service a signature's scope names (`rtc`), for a scheme that names one. */
  service: string | null;
  /** Whether a signature names the region it is sent to. */
  per_region: boolean;
}

/** One operation as a call needs it: where the request names it (its path, and the query
 *  parameters that name it, if any) and its request and response types. */
export interface Route {
  path: string;
  query: { name: string; value: string }[];
  request: string;
  response: string;
}

/** What a client calls with: how it reaches the vendor, its credentials, and the region a
 *  signature names (for a scheme that names one). */
export type CallOptions<S extends Scheme> = HttpOptions & { credentials: Credentials[S]; region?: string };

/** A request on its way out; a signer adds its headers and query parameters. */
interface Outgoing {
  url: URL;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body: Buffer;
}

/** Signs a request with one scheme. */
type Signer<S extends Scheme> = (request: Outgoing, credentials: Credentials[S], signing: Signing<S>, region: string | undefined) => void;

/** Volcengine's V4 "HMAC-SHA256": headers over the method, path, query, headers and body. */
function signVolcengineV4(request: Outgoing, credentials: VolcengineCredentials, signing: Signing, region: string | undefined): void {
  Object.assign(
    request.headers,
    volcengineHeaders({
      method: "POST",
      host: request.url.host,
      path: request.path,
      query: request.query,
      body: request.body,
      contentType: "application/json",
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      region: region ?? "",
      service: signing.service ?? "",
      xDate: xDate(new Date()),
    }),
  );
}

/** Tencent's UserSig: the app, an administrator and a fresh UserSig in the query. */
function signTencentUserSig(request: Outgoing, c: TencentCredentials): void {
  const sig = userSig({ sdkAppId: c.sdkAppId, secretKey: c.secretKey, identifier: c.identifier, expire: c.expire ?? 86400, now: Math.floor(Date.now() / 1000) });
  const random = Math.floor(Math.random() * 4294967296);
  request.query.push(["sdkappid", String(c.sdkAppId)], ["identifier", c.identifier], ["usersig", sig], ["random", String(random)], ["contenttype", "json"]);
}

/** The signer of each scheme. */
const SIGNERS: { [S in Scheme]: Signer<S> } = {
  "volcengine-v4": signVolcengineV4,
  "tencent-usersig": signTencentUserSig,
};

/** Calls an operation: validates the request, signs it with the service's scheme, posts it,
 *  and decodes the payload, or throws the failure the envelope (or the HTTP status) reports. */
export async function call<S extends Scheme, Req, Res>(
  signing: Signing<S>,
  http: CallOptions<S>,
  schema: Schema,
  route: Route,
  request: Req,
): Promise<Res> {
  check(http, schema, route.request, request);
  const outgoing: Outgoing = {
    url: new URL(route.path, http.baseUrl),
    path: route.path,
    query: route.query.map((q): [string, string] => [q.name, q.value]),
    headers: { "Content-Type": "application/json" },
    body: Buffer.from(toJson(request), "utf8"),
  };
  const sign = SIGNERS[signing.scheme] as Signer<S>;
  sign(outgoing, http.credentials, signing, http.region);
  outgoing.url.search = outgoing.query.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join("&");
  const { status, text } = await post(http, outgoing.url, outgoing.headers, outgoing.body);
  return decode(schema, { ref: route.response }, payload(schema.envelope, status, text)) as Res;
}

/** The payload of an answer, read through the envelope's roles; a failure the envelope
 *  reports is an `ApiError` with the vendor's code, and so is an HTTP status other than 200. */
function payload(envelope: Schema["envelope"], status: number, text: string): Json {
  let body: Record<string, Json>;
  try {
    body = parse(text, status);
  } catch (e) {
    if (status !== 200) throw new ApiError("HTTP", undefined, status, `HTTP ${status}`, undefined);
    throw e;
  }
  const at = (path: string[]): Json | undefined => {
    let value: Json | undefined = body;
    for (const key of path) {
      value = typeof value === "object" && value !== null && !Array.isArray(value) ? value[key] : undefined;
    }
    return value;
  };
  const failing = (v: Json | undefined) => v !== undefined && v !== null && v !== 0 && v !== 0n && v !== "";
  const roles = envelope.roles;
  const code = at(roles.code);
  const number = at(roles.number);
  const id = at(roles.request_id);
  const requestId = typeof id === "string" ? id : undefined;
  const failed = (roles.status !== null && at(roles.status.path) !== roles.status.ok) || failing(code) || failing(number);
  if (failed) {
    const n = number === undefined || number === null ? undefined : Number(number);
    throw new ApiError(String(code ?? ""), n, status, String(at(roles.message) ?? ""), requestId);
  }
  if (status !== 200) throw new ApiError("HTTP", undefined, status, `HTTP ${status} without an error in the envelope`, requestId);
  return envelope.payload === null ? body : (body[envelope.payload] ?? {});
}
