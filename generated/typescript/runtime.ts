// The hand-written runtime of the generated TypeScript package: a signer per signing scheme
// and the one call pipeline on `fetch`, which reads each service's signing and envelope as
// data; beside it, exact JSON for 64-bit integers (`json.ts`), the validator that reads
// each service's schema (`validate.ts`) and the pager that walks paginated operations
// (`pager.ts`), re-exported here. Copied as it is by the typescript
// template set.

import { createHash, createHmac } from "node:crypto";
import { deflateSync } from "node:zlib";

import { Json, parseJson, toJson } from "./json";
import { Schema, SchemaType, validate, ValidationError } from "./validate";

export * from "./json";
export * from "./pager";
export * from "./validate";

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

async function post(http: HttpOptions, url: URL, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string; headers: Headers }> {
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
  return { status: response.status, text: Buffer.concat(chunks).toString("utf8"), headers: response.headers };
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

/** RongCloud credentials: the app's App Key and App Secret. */
export interface RongcloudCredentials {
  appKey: string;
  appSecret: string;
}

/** The credentials of each signing scheme, by the scheme's name (`service.signing.scheme` in
 *  the model). A new scheme is a line here and a signer in `SIGNERS`. */
export interface Credentials {
  "volcengine-v4": VolcengineCredentials;
  "tencent-usersig": TencentCredentials;
  "rongcloud-sha1": RongcloudCredentials;
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
  /** How the request body is written (JSON unless the operation says `form`). */
  body?: "json" | "form";
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

/** RongCloud's signature: the lower-case hex SHA-1 of the App Secret, the nonce and the
 *  timestamp, written one after the other. */
export function rongcloudSignature(appSecret: string, nonce: string, timestamp: string): string {
  return createHash("sha1").update(appSecret + nonce + timestamp, "utf8").digest("hex");
}

/** RongCloud's four headers: the App Key, a fresh nonce, the time in milliseconds and the
 *  signature of the three. */
function signRongcloudSha1(request: Outgoing, c: RongcloudCredentials): void {
  const nonce = String(Math.floor(Math.random() * 4294967296));
  const timestamp = String(Date.now());
  Object.assign(request.headers, { "App-Key": c.appKey, Nonce: nonce, Timestamp: timestamp, Signature: rongcloudSignature(c.appSecret, nonce, timestamp) });
}

/** The signer of each scheme. */
const SIGNERS: { [S in Scheme]: Signer<S> } = {
  "volcengine-v4": signVolcengineV4,
  "tencent-usersig": signTencentUserSig,
  "rongcloud-sha1": signRongcloudSha1,
};

/** A request as a form body (`application/x-www-form-urlencoded`), as the Rust runtime writes
 *  one: a top-level list of scalars as its key repeated, a top-level map of scalars as
 *  `key[sub]`, any other list or object as its JSON text, nulls left out. */
export function formBody(schema: Schema, typeName: string, request: Json): string {
  const def = schema.types[typeName];
  const fields = new Map<string, SchemaType>(def?.kind === "struct" ? def.fields.map((f): [string, SchemaType] => [f[0], f[1]]) : []);
  const scalar = (ty: SchemaType | undefined): boolean => {
    if (ty === undefined) return false;
    if (typeof ty === "string") return true;
    if (Array.isArray(ty)) return ty[0] === "null" && scalar(ty[1]);
    return schema.types[ty.ref]?.kind === "enum";
  };
  const text = (v: Json): string => (typeof v === "string" ? v : toJson(v));
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request as Record<string, Json>)) {
    if (value === null || value === undefined) continue;
    let ty = fields.get(key);
    while (Array.isArray(ty) && ty[0] === "null") ty = ty[1];
    if (Array.isArray(value) && Array.isArray(ty) && ty[0] === "list" && scalar(ty[1])) {
      for (const item of value) if (item !== null) params.append(key, text(item));
    } else if (typeof value === "object" && !Array.isArray(value) && Array.isArray(ty) && ty[0] === "map" && scalar(ty[1])) {
      for (const [sub, item] of Object.entries(value as Record<string, Json>)) if (item !== null) params.append(`${key}[${sub}]`, text(item));
    } else {
      params.append(key, text(value));
    }
  }
  return params.toString();
}

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
    headers: { "Content-Type": route.body === "form" ? "application/x-www-form-urlencoded" : "application/json" },
    body: Buffer.from(route.body === "form" ? formBody(schema, route.request, request as Json) : toJson(request), "utf8"),
  };
  const sign = SIGNERS[signing.scheme] as Signer<S>;
  sign(outgoing, http.credentials, signing, http.region);
  outgoing.url.search = outgoing.query.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join("&");
  const { status, text, headers } = await post(http, outgoing.url, outgoing.headers, outgoing.body);
  return decode(schema, { ref: route.response }, payload(schema.envelope, status, text, headers)) as Res;
}

/** The payload of an answer, read through the envelope's roles; a failure the envelope
 *  reports is an `ApiError` with the vendor's code, and so is an HTTP status other than 200. */
function payload(envelope: Schema["envelope"], status: number, text: string, headers: Headers): Json {
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
  const roles = envelope.roles;
  const okCode = roles.ok_code;
  const failing = (v: Json | undefined) =>
    v !== undefined && v !== null && v !== 0 && v !== 0n && v !== "" &&
    !(okCode !== null && (v === okCode || v === BigInt(okCode)));
  const code = at(roles.code);
  const number = at(roles.number);
  const id = roles.request_id.length > 0 ? at(roles.request_id) : undefined;
  const header = roles.request_id_header === null ? null : headers.get(roles.request_id_header);
  const requestId = typeof id === "string" ? id : (header ?? undefined);
  const failed = (roles.status !== null && at(roles.status.path) !== roles.status.ok) || failing(code) || failing(number);
  if (failed) {
    const n = number === undefined || number === null ? undefined : Number(number);
    throw new ApiError(String(code ?? ""), n, status, String(at(roles.message) ?? ""), requestId);
  }
  if (status !== 200) throw new ApiError("HTTP", undefined, status, `HTTP ${status} without an error in the envelope`, requestId);
  return envelope.payload === null ? body : (body[envelope.payload] ?? {});
}
