// @generated from spec/volcengine-rtc-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (service_index.ts.j2). Do not edit by hand.

export * from "./types";
export * from "./client";
export * from "./examples";
