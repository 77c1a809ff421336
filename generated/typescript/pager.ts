// Walking a paginated operation, as the Rust crate's `…_pages` does: each client's
// `…Pages(request)` is an async generator of every page, which reads the operation's paging
// styles (the spec's keys, wire names) as data. Copied as it is by the typescript template
// set; `runtime.ts` re-exports it.

/** One style of paging an operation, as the client passes it (`OPERATIONS[op].pagination`). */
export interface PageStyle {
  readonly style: string;
  /** The request condition that picks the style; `null` for the only (or the last) one. */
  readonly when: { readonly field: string; readonly path: readonly string[]; readonly equals: unknown; readonly condition: string } | null;
  readonly request_field: string;
  /** The position's wire type (`i64`), which a computed position is written in. */
  readonly request_type: string;
  readonly response_field: string | null;
  readonly next_from_items: { readonly field: string; readonly of: string; readonly add: number } | null;
  readonly items: string;
  readonly page_size: string | null;
  readonly has_more: string | null;
  readonly is_finished: string | null;
  readonly end_value: unknown;
  readonly total: string | null;
  readonly flag: { readonly field: string; readonly more: readonly unknown[]; readonly done: readonly unknown[] } | null;
  /** Other request fields the next request takes from the answer, beside the position. */
  readonly carry: readonly { readonly request_field: string; readonly response_field: string }[];
}

/** Thrown by a walk after the page it cannot walk on: its next position does not move on from
 *  the one just asked for (the walk would never end), or a paging field holds what the
 *  document does not allow for. `field` is the field's wire name, as the Rust crate's
 *  `Error::Decode` path. */
export class PagingError extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
    this.name = "PagingError";
  }
}

/** What follows a page: the next request, the end, or the error that ends the walk. */
export type PageStep = { next: Record<string, unknown> } | { done: true } | { error: PagingError };

const STALLED = "the answer says more pages follow but its next position does not move on from the one just asked for";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const absent = (v: unknown) => v === undefined || v === null;

const equal = (a: unknown, b: unknown) => (typeof a === "bigint" || typeof b === "bigint" ? String(a) === String(b) : a === b);

const big = (v: unknown): bigint => (typeof v === "bigint" ? v : BigInt(v as number));

const RANGES: Record<string, [bigint, bigint, boolean]> = {
  i32: [-(2n ** 31n), 2n ** 31n - 1n, false],
  u32: [0n, 2n ** 32n - 1n, false],
  i64: [-(2n ** 63n), 2n ** 63n - 1n, true],
  u64: [0n, 2n ** 64n - 1n, true],
};

/** `n` as a value of the wire type `type` (`bigint` for 64-bit ones), or `undefined` when it
 *  does not fit. */
function asType(n: bigint, type: string): number | bigint | undefined {
  const [min, max, wide] = RANGES[type] ?? RANGES.i64;
  if (n < min || n > max) return undefined;
  return wide ? n : Number(n);
}

/** Whether a style's condition holds for the request: the field (through the objects on its
 *  path; an absent one makes it absent) is sent, or equals the value. */
function holds(when: NonNullable<PageStyle["when"]>, request: Record<string, unknown>): boolean {
  let v: unknown = request;
  for (const f of when.path) v = isObject(v) ? v[f] : undefined;
  if (absent(v)) return false;
  return absent(when.equals) || equal(v, when.equals);
}

/** What follows `page`, the answer to `request`, in the first style whose condition holds. */
export function nextPage(styles: readonly PageStyle[], request: object, page: object): PageStep {
  const req = request as Record<string, unknown>;
  const res = page as Record<string, unknown>;
  const s = styles.find((st) => st.when === null || holds(st.when, req)) ?? styles[styles.length - 1];
  const done: PageStep = { done: true };
  const fail = (field: string, reason: string): PageStep => ({ error: new PagingError(field, reason) });
  if (s.has_more !== null && res[s.has_more] !== true) return done;
  if (s.is_finished !== null && res[s.is_finished] !== false) return done;
  if (s.flag !== null) {
    const value = res[s.flag.field];
    if (absent(value)) return done;
    if (s.flag.done.some((d) => equal(value, d))) return done;
    if (!s.flag.more.some((m) => equal(value, m))) {
      const words = (vs: readonly unknown[]) => vs.map((v) => JSON.stringify(v)).join(" or ");
      return fail(s.flag.field, `${String(value)} means neither that more pages follow (${words(s.flag.more)}) nor that this was the last (${words(s.flag.done)})`);
    }
  }
  const items = res[s.items];
  if (!Array.isArray(items) || items.length === 0) return done;
  const current = req[s.request_field];
  let next: unknown;
  if (s.response_field !== null) {
    next = res[s.response_field];
    if (absent(next)) return done;
    if (s.end_value !== null && equal(next, s.end_value)) return done;
    if (!absent(current) && equal(current, next)) return fail(s.response_field, STALLED);
  } else if (s.next_from_items === null) {
    // An offset: the one asked for plus the items received.
    next = asType(big(current ?? 0) + BigInt(items.length), s.request_type);
    if (next === undefined) return fail(s.request_field, STALLED);
    if (s.total !== null && !absent(res[s.total]) && big(next) >= big(res[s.total])) return done;
  } else {
    const d = s.next_from_items;
    const values = items.map((item) => (isObject(item) ? item[d.field] : undefined)).filter((v) => !absent(v)).map(big);
    if (values.length === 0) return fail(s.items, `no item of the page has \`${d.field}\`, which the next position is computed from`);
    const extreme = values.reduce((a, b) => ((d.of === "min" ? b < a : b > a) ? b : a));
    next = asType(extreme + BigInt(d.add), s.request_type);
    // A position the request field cannot hold does not exist: nothing lies beyond.
    if (next === undefined) return done;
    if (s.end_value !== null && equal(next, s.end_value)) return done;
    if (!absent(current) && (d.of === "min" ? big(next) >= big(current) : big(next) <= big(current))) return fail(s.items, STALLED);
  }
  const following: Record<string, unknown> = { ...req, [s.request_field]: next };
  // An answer without a carried field leaves the request's value.
  for (const c of s.carry) {
    if (!absent(res[c.response_field])) following[c.request_field] = res[c.response_field];
  }
  return { next: following };
}

/** Every page from `first` on, each fetched when the previous one has been taken, until the
 *  answer says it was the last. A failed call throws; a page that cannot be walked on is
 *  yielded, then a `PagingError` is thrown. */
export async function* pages<Req extends object, Res extends object>(
  styles: readonly PageStyle[],
  first: Req,
  fetch: (request: Req) => Promise<Res>,
): AsyncGenerator<Res, void, undefined> {
  let request = first;
  for (;;) {
    const page = await fetch(request);
    const step = nextPage(styles, request, page);
    yield page;
    if ("done" in step) return;
    if ("error" in step) throw step.error;
    request = step.next as Req;
  }
}
