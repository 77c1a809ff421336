// The extensions fixture's TypeScript package walks paginated operations: each walk of
// PAGES_WALKS (name, operation, first request) through the client's `…Pages` async generator,
// against the loopback router tests/integration/extensions_pages.rs starts (PAGES_BASE_URL,
// signed with PAGES_AK and PAGES_SK). Prints one JSON object: per walk, each page's items and
// the field of the `PagingError` that ended it, if one did; any other failure throws.

import * as ext from "../fixtures/extensions/generated/typescript";

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

type Walked = { pages: unknown[][]; error: string | null };

// A walk that goes on past this many pages is reported, not followed for ever.
const MAX_PAGES = 20;

async function walk(pages: AsyncGenerator<unknown[]>): Promise<Walked> {
  const out: Walked = { pages: [], error: null };
  try {
    for await (const items of pages) {
      out.pages.push(items);
      if (out.pages.length >= MAX_PAGES) {
        out.error = "endless";
        break;
      }
    }
  } catch (e) {
    if (!(e instanceof ext.PagingError)) throw e;
    out.error = e.field;
  }
  return out;
}

async function* members(client: ext.extDemo.Client, first: ext.extDemo.GetGroupMembersRequest): AsyncGenerator<unknown[]> {
  for await (const page of client.getGroupMembersPages(first)) yield page.Members.map((m) => m.Member_Account);
}

async function* history(client: ext.extDemo.Client, first: ext.extDemo.GetGroupHistoryRequest): AsyncGenerator<unknown[]> {
  // 64-bit sequence numbers arrive as bigint; these are small.
  for await (const page of client.getGroupHistoryPages(first)) yield page.RspMsgList.map((m) => Number(m.MsgSeq));
}

async function main(): Promise<void> {
  const client = new ext.extDemo.Client({
    baseUrl: env("PAGES_BASE_URL"),
    allowHttp: true,
    timeoutMs: 5000,
    credentials: { accessKeyId: env("PAGES_AK"), secretAccessKey: env("PAGES_SK") },
    region: "cn-north-1",
  });
  const walks = JSON.parse(env("PAGES_WALKS")) as [string, string, unknown][];
  const out: Record<string, Walked> = {};
  for (const [name, op, first] of walks) {
    out[name] = await walk(
      op === "GetGroupMembers"
        ? members(client, first as ext.extDemo.GetGroupMembersRequest)
        : history(client, first as ext.extDemo.GetGroupHistoryRequest),
    );
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
