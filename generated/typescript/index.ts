// Code generated from spec/ by `cargo run -p codegen -- generate` with the typescript template set (index.ts.j2) (@generated). DO NOT EDIT.
//
// One namespace per service; the runtime's JSON, validation and error types beside them.

export * from "./runtime";
export * as rongcloudIm from "./rongcloud-im";
export * as tencentChat from "./tencent-chat";
export * as volcengineRtcIm from "./volcengine-rtc-im";
