// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (client.ts.j2) (@generated). DO NOT EDIT.
//
// The client of RongCloud IM Server API, its validators, and the schema they read.

import { call, Credentials, HttpOptions, Schema, Signing, validate, Violation } from "../runtime";
import type * as t from "./types";

/** The shapes and limits of every type, which the validators and the decoder read. */
export const SCHEMA: Schema = {"types":{"UserInfoRequest":{"at_least_one_of":[],"fields":[["userId","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]},"UserInfoResponse":{"at_least_one_of":[],"fields":[["userName","string",true,{}],["userPortrait","string",true,{}],["createTime","string",true,{}]],"forbidden_when":[],"kind":"struct","mutually_exclusive":[],"required_when":[]}},"envelope":{"fields":[["code","i64",true,{}],["errorMessage","string",false,{}]],"payload":null,"roles":{"code":["code"],"message":["errorMessage"],"number":["code"],"ok_code":200,"request_id":[],"request_id_header":"X-Request-Id","status":null}}} as Schema;

/** The endpoints, by region; `china` is the default. */
export const ENDPOINTS = {
  china: { host: "api.rong-api.com", signingRegion: "china" },
  singapore: { host: "api.sg-light-api.com", signingRegion: "singapore" },
  "singapore-b": { host: "api.sg-b-light-api.com", signingRegion: "singapore-b" },
  "north-america": { host: "api.us-light-api.com", signingRegion: "north-america" },
  "saudi-arabia": { host: "api.sau-light-api.com", signingRegion: "saudi-arabia" },
} as const;

/** How requests are signed: the `rongcloud-sha1` scheme. */
export const SIGNING = { scheme: "rongcloud-sha1", service: null, per_region: false } as const satisfies Signing;

/** How to reach the service and as whom. */
export interface ClientOptions extends Partial<HttpOptions> {
  /** The credentials requests are signed with. */
  credentials: Credentials[typeof SIGNING.scheme];
}

/**
 * RongCloud IM Server API
 *
 * Every method validates the request against the documented limits (a `ValidationError`
 * before anything is sent), signs it, and returns the decoded result or throws an `ApiError`
 * with the vendor's code.
 */
export class Client {
  // A private field: `console.log`, `util.inspect` and `JSON.stringify` never show the
  // credentials.
  readonly #options: ClientOptions & HttpOptions;

  constructor(options: ClientOptions) {
    this.#options = {
      ...options,
      baseUrl: options.baseUrl ?? "https://api.rong-api.com",
    };
  }

  /**
   * Retrieve the user's registered information in the IM Service, including the user's name, avatar URL, and creation time.
   *
   * `POST /user/info.json`; at most 100 calls per second.
   *
   * @see https://docs.rongcloud.io/platform-chat-api/user/get
   */
  async userInfo(request: t.UserInfoRequest): Promise<t.UserInfoResponse> {
    return call(SIGNING, this.#options, SCHEMA, { path: "/user/info.json", query: [], request: "UserInfoRequest", response: "UserInfoResponse", body: "form" }, request);
  }
}

/** The violations of `UserInfoRequest`'s documented limits (none when it is valid). */
export function validateUserInfoRequest(request: t.UserInfoRequest): Violation[] {
  return validate(SCHEMA, "UserInfoRequest", request);
}

/** What a caller needs to know of each operation. */
export const OPERATIONS = {
  UserInfo: {
    method: "POST",
    path: "/user/info.json",
    rateLimit: {"per":"second","requests":100},
    idempotent: true,
    errors: [],
  },
} as const;
