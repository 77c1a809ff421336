// The validator of the generated TypeScript package: it reads each service's schema (the
// shapes and limits codegen writes beside the types) and reports the Rust crate's paths,
// rules, messages and error codes, in the same order. Copied as it is by the typescript
// template set; `runtime.ts` re-exports it.

import { toJson } from "./json";

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
  /** An enum field's values when it takes only part of its enum, and the same as a message
   *  lists them (`1 (OneToOne)`). */
  values?: (number | string)[];
  allowed?: string[];
  /** The documented error code for breaking these limits (not those of `items`). */
  code?: string;
}

/** The wire names from a struct to one of its fields, or to a field inside the objects it
 *  holds (`["ConversationCoreInfo", "ConversationType"]`). */
export type WirePath = string[];

/** A field required or forbidden when a condition holds: [field, the field the condition
 *  reads, the value it must have (`null`: present), the condition in words, error code]. */
export type Conditional = [WirePath, WirePath, unknown, string, string | null];

/** Whether a field must be present: always, never, or only in a request (`"request"`: an
 *  answer may leave it out, and validation reports a request without it). */
export type Presence = boolean | "request";

/** [wire name, type, presence, limits, unknown enum values are the server's to coerce]. */
export type SchemaField = [string, SchemaType, Presence, Limits] | [string, SchemaType, Presence, Limits, boolean];

/** A named type's shape. */
export type SchemaDef =
  | {
      kind: "struct";
      fields: SchemaField[];
      /** Groups: [the fields, error code]. */
      at_least_one_of: [WirePath[], string | null][];
      mutually_exclusive: [WirePath[], string | null][];
      required_when: Conditional[];
      forbidden_when: Conditional[];
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
 *  root: a failure has a `code` or `number` that is neither absent, null, 0, empty nor
 *  `ok_code`, or a `status` other than its `ok` value. The request id is read from the body, or
 *  from the response header `request_id_header` when the body has none. */
export interface EnvelopeRoles {
  request_id: string[];
  request_id_header: string | null;
  ok_code: number | null;
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
  /** The vendor's documented code for breaking this constraint (`10005`), when the spec
   *  gives one; otherwise the service's code for an invalid parameter applies. */
  code?: string;
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
  const push = (rule: string, text: string, found?: string, code?: string | null) => {
    const p = pathText(path);
    const v: Violation = { path: p, rule, message: `${p === "" ? "the request" : p} ${text}${found === undefined ? "" : `, found ${found}`}` };
    if (code !== undefined && code !== null) v.code = code;
    out.push(v);
  };
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
  // A wire path's value, through each object on the way: an absent (or null) one makes it
  // absent.
  const at = (obj: Record<string, unknown>, p: WirePath): unknown => {
    let v: unknown = obj;
    for (const f of p) {
      if (!isObject(v)) return undefined;
      v = v[f];
    }
    return v;
  };
  const present = (obj: Record<string, unknown>, p: WirePath) => {
    const found = at(obj, p);
    return found !== undefined && found !== null;
  };
  const dotted = (p: WirePath) => p.join(".");
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
    for (const [group, code] of def.at_least_one_of) {
      if (!group.some((f) => present(v, f))) push("at_least_one_of", `must have at least one of ${group.map(dotted).join(", ")}`, undefined, code);
    }
    for (const [group, code] of def.mutually_exclusive) {
      const sent = group.filter((f) => present(v, f));
      if (sent.length > 1) push("mutually_exclusive", `must have at most one of ${group.map(dotted).join(", ")}`, sent.map(dotted).join(" and "), code);
    }
    for (const [list, rule, word] of [
      [def.required_when, "required_when", "must have"],
      [def.forbidden_when, "forbidden_when", "must not have"],
    ] as const) {
      for (const [field, whenField, equals, condition, code] of list) {
        const holds = equals === null || equals === undefined ? present(v, whenField) : present(v, whenField) && equal(at(v, whenField), equals);
        if (holds && present(v, field) === (rule === "forbidden_when")) push(rule, `${word} ${dotted(field)} when ${condition}`, undefined, code);
      }
    }
    for (const [wire, ty, presence, limits, coerced] of def.fields) {
      const fv = v[wire];
      if (fv === undefined || fv === null) {
        // Absent, which an answer may be; a request must carry it.
        if (presence === "request") {
          path.push({ field: wire });
          push("required", "must be present");
          path.pop();
        }
        continue;
      }
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
        if (limits.min_length !== undefined && measured < limits.min_length) push("min_length", `must be at least ${limits.min_length} ${unit} long`, `${measured} ${unit}`, limits.code);
        else if (limits.max_length !== undefined && measured > limits.max_length) push("max_length", `must be at most ${limits.max_length} ${unit} long`, `${measured} ${unit}`, limits.code);
      } else if (ty !== "bool" && ty !== "string" && (typeof v === "number" || typeof v === "bigint")) {
        const cmp = (a: number | bigint, b: number) => (typeof a === "bigint" && Number.isInteger(b) ? (a < BigInt(b) ? -1 : a > BigInt(b) ? 1 : 0) : Number(a) < b ? -1 : Number(a) > b ? 1 : 0);
        const below = limits.minimum !== undefined && cmp(v, limits.minimum) < 0;
        const above = limits.maximum !== undefined && cmp(v, limits.maximum) > 0;
        const also = limits.also_allowed ?? [];
        if ((below || above) && !also.some((a) => cmp(v, a) === 0)) {
          const exceptions = also.length > 0 ? ` (or exactly ${also.map(numberText).join(" or ")})` : "";
          if (below) push("minimum", `must be at least ${numberText(limits.minimum!)}${exceptions}`, numberText(v), limits.code);
          else push("maximum", `must be at most ${numberText(limits.maximum!)}${exceptions}`, numberText(v), limits.code);
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
        if (limits.min_items !== undefined && v.length < limits.min_items) push("min_items", `must have at least ${limits.min_items} items`, `${v.length} items`, limits.code);
        else if (limits.max_items !== undefined && v.length > limits.max_items) push("max_items", `must have at most ${limits.max_items} items`, `${v.length} items`, limits.code);
        if (limits.unique_items) {
          const seen = new Map<string, number>();
          v.forEach((item, i) => {
            const key = toJson(item);
            const first = seen.get(key);
            if (first === undefined) seen.set(key, i);
            else {
              path.push({ index: i });
              push("unique_items", `must not repeat item [${first}]`, shown(item), limits.code);
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
    if (limits.values !== undefined) {
      // Part of a shared enum: the field's values, in place of the enum's own check.
      if (!limits.values.some((x) => equal(x, v))) push("enum", `must be one of ${(limits.allowed ?? []).join(", ")}`, shown(v), limits.code);
      return;
    }
    named(ty.ref, v, coerced);
  };

  named(type, value);
  return out;
}
