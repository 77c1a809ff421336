// Code generated from spec/rongcloud-im/service.yaml by `cargo run -p codegen -- generate` with the typescript template set (service_index.ts.j2) (@generated). DO NOT EDIT.

export * from "./types";
export * from "./client";
export * from "./examples";
