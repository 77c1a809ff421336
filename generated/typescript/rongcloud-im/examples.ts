// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (examples.ts.j2) (@generated). DO NOT EDIT.
//
// Every example of the spec, typed with ./types: `tsc --strict` rejects an example whose fields
// or values do not fit them. 64-bit integers are `bigint` literals.

import type * as t from "./types";

/** The examples, by operation: each request (and response, envelope included). */
export const EXAMPLES = {
  UserInfo: [
    {
      name: "doc",
      request: {"userId": "123"} satisfies t.UserInfoRequest,
      response: {"code": 200n, "createTime": "2016-05-24 10:38:19", "userName": "123", "userPortrait": ""} satisfies t.Envelope<t.UserInfoResponse>,
    },
  ],
};
