// @generated from spec/tencent-chat/service.yaml by `cargo run -p codegen -- generate` with templates/typescript/types.ts.j2. Do not edit by hand.

/**
 * Tencent Cloud Chat (IM) server REST API
 *
 * Tencent Cloud Chat (Instant Messaging) server-side RESTful API. Every request is an HTTPS POST
 * to `https://{domain}/v4/{servicename}/{command}?sdkappid={SDKAppID}&identifier={admin}&usersig={UserSig}&random={u32}&contenttype=json`
 * with a UTF-8 JSON body (`{}` when an API takes no parameters). `identifier` must be an App
 * admin account and `usersig` that admin's UserSig (TLSSigAPIv2); `random` is a random 32-bit
 * unsigned integer (0 to 4294967295); `contenttype` is always `json`. Query parameter names and
 * values are case-sensitive.
 */

/**
 * The result of the request.
 *
 * Open: a value the spec does not list is still accepted.
 */
export type ActionStatus =
  | "OK"
  | "FAIL"
  | (string & {});

/** The documented values of `ActionStatus`, by name. */
export const ActionStatus = {
  /** The request succeeded. */
  Ok: "OK",
  /** The request failed; see ErrorCode and ErrorInfo. */
  Fail: "FAIL",
} as const;

/**
 * The request body of `ModifyUserInfo`.
 */
export interface ModifyUserInfoRequest {
  /**
   * The ID of the audio-video group (AVChatRoom) whose members' marks are set or deleted.
   */
  GroupId: string;
  /**
   * 1: Mark setting; 2: Mark deletion
   */
  CommandType: CommandType;
  /**
   * List of accounts for which marks are to be set. Up to 500 accounts are supported each time, and up to 10 different marks can be set for each group. A mark is a number greater than or equal to 1,000.
   */
  MemberList: MemberMarks[];
}

/**
 * The fields beside the envelope's `ActionStatus`, `ErrorCode` and `ErrorInfo`.
 */
export interface ModifyUserInfoResponse {
  /**
   * The command of the request, echoed back (1 = mark setting, 2 = mark deletion).
   */
  CommandType: CommandType;
  /**
   * List of members whose marks are successfully set. In the case of mark setting for a batch of accounts, if certain accounts are offline, the backend does not return the offline accounts; if all accounts are offline or do not exist, the backend returns a failure result.
   */
  MemberList: MemberMarks[];
}

/**
 * Whether marks are set or deleted.
 *
 * Open: a value the spec does not list is still accepted.
 */
export type CommandType =
  | 1
  | 2
  | (number & {});

/** The documented values of `CommandType`, by name. */
export const CommandType = {
  /** Mark setting. */
  Set: 1,
  /** Mark deletion. */
  Delete: 2,
} as const;

/**
 * A group member and its marks: in the request, the marks to set or delete; in the response, the marks that were set.
 */
export interface MemberMarks {
  /**
   * The member's account (UserID).
   */
  Member_Account: string;
  /**
   * The member's marks. A mark is a number greater than or equal to 1,000; app admins may also use the special marks 500 (always online for up to three days) and 600 (hidden from the online member list unless pulled by that mark).
   */
  Marks: number[];
}

/**
 * Every response is a JSON object holding `ActionStatus` ("OK" or "FAIL"), `ErrorCode` (0 on
 * success) and `ErrorInfo`, with the API's own fields beside them. The HTTP status is always
 * 200 unless a network error occurs (for example 502); the real error is carried in
 * `ErrorCode` and `ErrorInfo`. Common error codes fall in the range 60000–79999.
 *
 * The response body of every operation, with its payload as `T`.
 */
export type Envelope<T> = {
  /**
   * Request result. OK: successful; FAIL: failed.
   */
  ActionStatus: ActionStatus;
  /**
   * Error code. 0: successful; other values: failed.
   */
  ErrorCode: number;
  /**
   * Error information.
   */
  ErrorInfo: string;
  /**
   * A displayable error message, returned by some APIs. Not part of the overview's envelope.
   */
  ErrorDisplay?: string;
  /**
   * The request's unique ID, returned by newer APIs.
   */
  RequestId?: string;
} & T;

/** What a caller needs to know of each operation. */
export const operations = {
  ModifyUserInfo: {
    method: "POST",
    path: "/v4/group_open_avchatroom_http_svc/modify_user_info",
    rateLimit: {"per":"second","requests":200},
    idempotent: true,
  },
} as const;
