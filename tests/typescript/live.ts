// The generated TypeScript package against the emulator: every example request of every
// operation through the package's client (validated, signed, sent, decoded), the signers
// against the vendors' conformance vectors, 64-bit ids kept exact, a limit refused before
// sending, and a vendor error surfaced with its code. Run by emulator/tests/other_languages.rs,
// which compiles it with tsc and passes the emulator's address and credentials in the
// environment. Prints one JSON line of what it checked; any failure throws.

import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { inflateSync } from "node:zlib";
import { join } from "node:path";
import * as api from "../../generated/typescript";

/** Puts the emulator back to its start state, when the admin token is given. */
async function resetState(baseUrl: string): Promise<void> {
  const token = process.env.IMAPI_ADMIN_TOKEN;
  if (token === undefined) return;
  const answer = await fetch(`${baseUrl}/_emulator/reset`, { method: "POST", headers: { "X-Emulator-Token": token } });
  if (answer.status !== 200) throw new Error(`reset: HTTP ${answer.status}`);
}

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

const inflated = (sig: string) =>
  inflateSync(Buffer.from(sig.replace(/\*/g, "+").replace(/-/g, "/").replace(/_/g, "="), "base64")).toString("utf8");

const camel = (name: string) => name[0].toLowerCase() + name.slice(1);

type Method = (request: unknown) => Promise<unknown>;

async function main(): Promise<void> {
  const baseUrl = env("IMAPI_BASE_URL");
  const http = { baseUrl, allowHttp: true, timeoutMs: 5000 };
  const volcengine = new api.volcengineRtcIm.Client({
    ...http,
    credentials: { accessKeyId: env("IMAPI_VOLC_AK"), secretAccessKey: env("IMAPI_VOLC_SK") },
    region: "cn-north-1",
  });
  const tencent = new api.tencentChat.Client({
    ...http,
    credentials: { sdkAppId: Number(env("IMAPI_TENCENT_SDKAPPID")), identifier: env("IMAPI_TENCENT_ADMIN"), secretKey: env("IMAPI_TENCENT_KEY") },
  });
  const rongcloud = new api.rongcloudIm.Client({
    ...http,
    credentials: { appKey: env("IMAPI_RONGCLOUD_APP_KEY"), appSecret: env("IMAPI_RONGCLOUD_APP_SECRET") },
  });
  const summary: Record<string, number | string[]> = {};

  // No secret in what a log line would show of a client.
  const secrets = [env("IMAPI_VOLC_SK"), env("IMAPI_TENCENT_KEY"), env("IMAPI_RONGCLOUD_APP_SECRET")];
  for (const client of [volcengine, tencent, rongcloud]) {
    for (const shown of [inspect(client, { showHidden: true, depth: 5 }), JSON.stringify(client), String(client)]) {
      assert(!secrets.some((s) => shown.includes(s)), `a secret in ${shown}`);
    }
  }

  // Every example request of every operation succeeds through the client.
  const called: string[] = [];
  for (const [client, module] of [
    [volcengine, api.volcengineRtcIm],
    [tencent, api.tencentChat],
    [rongcloud, api.rongcloudIm],
  ] as const) {
    for (const [op, examples] of Object.entries(module.EXAMPLES)) {
      // Each operation's examples start from the example state: one operation's example
      // (DestroyConversation's) must not take away what another's needs.
      await resetState(baseUrl);
      const method = (client as unknown as Record<string, Method>)[camel(op)];
      assert(typeof method === "function", `a client method for ${op}`);
      for (const example of examples) {
        if (example.request === undefined) continue;
        await method.call(client, example.request);
        called.push(op);
      }
    }
  }
  summary.called = [...new Set(called)].sort();

  // A walk that moves two request fields: each continued AdminGetRoamMsg pull carries the
  // previous LastMsgTime into MaxTime beside LastMsgKey (the emulator refuses one that does
  // not). The example state has two messages between user1 and user2; one a page, newest first.
  await resetState(baseUrl);
  const walked: string[] = [];
  for await (const page of tencent.adminGetRoamMsgPages({ Operator_Account: "user2", Peer_Account: "user1", MaxCnt: 1, MinTime: 1584669600n, MaxTime: 1584673200n })) {
    walked.push(`${page.Complete}:${page.MsgList.map((m) => m.MsgKey).join(",")}`);
  }
  summary.roam_walk = walked;

  // 64-bit ids are bigint, and exact above 2^53.
  const got = await volcengine.batchGetConversationParticipant({ AppId: 0, ConversationShortId: 1n, ParticipantUserIds: [10001n] });
  assert(typeof got.Participants?.[0]?.ParticipantUserId === "bigint", "ParticipantUserId is a bigint");
  const big = api.decode(api.volcengineRtcIm.SCHEMA, { ref: "Participant" }, api.parseJson('{"ParticipantUserId": 9007199254740993, "Role": 1}')) as { ParticipantUserId: bigint };
  assert(big.ParticipantUserId === 9007199254740993n, `exact: ${big.ParticipantUserId}`);
  assert(api.toJson({ id: 9007199254740993n }) === '{"id":9007199254740993}', "bigint written exactly");

  // A request over its limits is refused before anything is sent.
  let refused: api.ValidationError | undefined;
  try {
    await tencent.modifyUserInfo({ GroupId: "@TGS#a6I4ZUUGO", CommandType: 1, MemberList: [{ Member_Account: "teacher10", Marks: [1n, 1000n] }] });
  } catch (e) {
    if (e instanceof api.ValidationError) refused = e;
    else throw e;
  }
  assert(refused !== undefined, "a ValidationError");
  summary.refused = refused.violations.map((v) => `${v.path} ${v.rule}`);

  // A vendor error arrives with its code.
  try {
    await volcengine.modifyMessage({ AppId: 0, ConversationShortId: 987654321987n, MessageId: 1n, Content: "x" });
    throw new Error("expected an ApiError");
  } catch (e) {
    assert(e instanceof api.ApiError, `an ApiError, not ${e}`);
    summary.vendor_error = [e.code, String(e.codeNumber), String(e.status)];
  }

  // The signers agree with the vendors' official packages.
  const dir = env("IMAPI_CONFORMANCE_DIR");
  const v4 = JSON.parse(readFileSync(join(dir, "volcengine_v4.json"), "utf8")).vectors;
  for (const v of v4) {
    const headers = api.volcengineHeaders({
      method: v.method, host: v.host, path: v.path, query: v.query, body: Buffer.from(v.body, "utf8"),
      contentType: v.content_type, accessKeyId: v.access_key_id, secretAccessKey: v.secret_access_key,
      sessionToken: v.session_token || undefined, region: v.region, service: v.service, xDate: v.x_date,
    });
    assert(headers.Authorization === v.expected.authorization, `V4 ${v.name}: ${headers.Authorization}`);
  }
  const sigs = JSON.parse(readFileSync(join(dir, "tencent_usersig.json"), "utf8")).vectors;
  for (const v of sigs) {
    const sig = api.userSig({ sdkAppId: v.sdkappid, secretKey: v.secret_key, identifier: v.identifier, expire: v.expire, now: v.time, userBuf: v.userbuf === null ? undefined : Buffer.from(v.userbuf) });
    // Node bundles Chromium's zlib, whose deflate picks other (equally valid) encodings than
    // the zlib Python links: the compressed bytes differ, the signed document must not.
    assert(inflated(sig) === inflated(v.expected_usersig), `UserSig ${v.name}`);
  }
  const rc = JSON.parse(readFileSync(join(dir, "rongcloud_signature.json"), "utf8")).vectors;
  for (const v of rc) {
    const signature = api.rongcloudSignature(v.app_secret, v.nonce, v.timestamp);
    assert(signature === v.expected_signature, `RongCloud ${v.name}: ${signature}`);
  }
  summary.vectors = v4.length + sigs.length + rc.length;
  console.log(JSON.stringify(summary));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
