// @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with templates/typescript/examples.ts.j2. Do not edit by hand.
//
// Every example of the spec, typed with the declarations of ./types: `tsc --strict` rejects an
// example whose fields or values do not fit them.

import type {
  Envelope,
  ModifyUserInfoRequest,
  ModifyUserInfoResponse,
} from "./types";

export const modify_user_info_1_request: ModifyUserInfoRequest = {"CommandType":1,"GroupId":"@TGS#a6I4ZUUGO","MemberList":[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]};
export const modify_user_info_1_response: Envelope<ModifyUserInfoResponse> = {"ActionStatus":"OK","CommandType":1,"ErrorCode":0,"ErrorInfo":"","MemberList":[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]};
export const modify_user_info_2_request: ModifyUserInfoRequest = {"CommandType":2,"GroupId":"@TGS#a6I4ZUUGO","MemberList":[{"Marks":[1000],"Member_Account":"teacher10"},{"Marks":[1001],"Member_Account":"student9"}]};
