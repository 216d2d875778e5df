/**
 * Feature 5 — authentication (spec: specs/auth.yaml): bearer (global default), basic, apiKey in header / query /
 * cookie (per operation), `security: []` → no credentials sent, missing credentials refused before sending, env-var
 * fallback, token suppliers, and the secret never appearing in any error.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  dumpError,
  generateFeature,
  json,
  rawPairs,
  rejection,
  snapshotPath,
  startFeatureServer,
  type GeneratedPackage,
} from "./harness.js";

const TOKEN = "tok-SECRET-1f2e3d";
const PASSWORD = "pä:ss-SECRET-99";
const HEADER_KEY = "hk-SECRET-abc";
const QUERY_KEY = "qk SECRET/&=x"; // needs encoding in a URL
const COOKIE_KEY = "ck;SECRET=1";
const SECRETS = [TOKEN, PASSWORD, HEADER_KEY, QUERY_KEY, encodeURIComponent(QUERY_KEY), COOKIE_KEY, encodeURIComponent(COOKIE_KEY)];

let pkg: GeneratedPackage;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let sdk: any;
let client: any;

beforeAll(async () => {
  pkg = await generateFeature("auth");
  sdk = await pkg.load();
  server = await startFeatureServer((_req, res) => json(res, 200, { ok: true }));
  client = new sdk.TestClient({
    baseUrl: server.url,
    maxRetries: 0,
    bearerAuth: TOKEN,
    username: "ada",
    password: PASSWORD,
    headerKey: HEADER_KEY,
    queryKey: QUERY_KEY,
    cookieKey: COOKIE_KEY,
  });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});
afterEach(() => {
  server.handle = (_req, res) => json(res, 200, { ok: true });
});

/** What of each credential reached the server. */
function seen() {
  const r = server.last();
  return {
    authorization: r.headers.authorization,
    apiKeyHeader: r.headers["x-api-key"],
    cookie: r.headers.cookie,
    apiKeyQuery: rawPairs(r.rawQuery).find(([k]) => k === "api_key")?.[1],
  };
}

describe("emitted code", () => {
  test("options.ts and the resource file", async () => {
    await expect(pkg.file("src/options.ts")).toMatchFileSnapshot(snapshotPath("auth", "options.ts"));
    await expect(pkg.file("src/resources/auth.ts")).toMatchFileSnapshot(snapshotPath("auth", "resources/auth.ts"));
  });
});

describe("each scheme sends exactly its own credential", () => {
  test("global default (bearer): Authorization: Bearer <token>, nothing else", async () => {
    await client.auth.me();
    expect(seen()).toStrictEqual({ authorization: `Bearer ${TOKEN}`, apiKeyHeader: undefined, cookie: undefined, apiKeyQuery: undefined });
  });

  test("basic: Authorization: Basic base64(UTF-8 user:password)", async () => {
    await client.auth.withBasic();
    const expected = "Basic " + Buffer.from(`ada:${PASSWORD}`, "utf8").toString("base64");
    expect(seen()).toStrictEqual({ authorization: expected, apiKeyHeader: undefined, cookie: undefined, apiKeyQuery: undefined });
  });

  test("apiKey in header", async () => {
    await client.auth.withHeaderKey();
    expect(seen()).toStrictEqual({ authorization: undefined, apiKeyHeader: HEADER_KEY, cookie: undefined, apiKeyQuery: undefined });
  });

  test("apiKey in query: percent-encoded, next to the operation's own query parameters", async () => {
    await client.auth.withQueryKey({ q: "x" });
    expect(seen()).toStrictEqual({
      authorization: undefined,
      apiKeyHeader: undefined,
      cookie: undefined,
      apiKeyQuery: encodeURIComponent(QUERY_KEY),
    });
    expect(new URLSearchParams(server.last().rawQuery).get("api_key")).toBe(QUERY_KEY);
    expect(new URLSearchParams(server.last().rawQuery).get("q")).toBe("x");
  });

  test("apiKey in cookie", async () => {
    await client.auth.withCookieKey();
    expect(seen()).toStrictEqual({
      authorization: undefined,
      apiKeyHeader: undefined,
      cookie: `session_token=${encodeURIComponent(COOKIE_KEY)}`,
      apiKeyQuery: undefined,
    });
  });

  test("apiKey in cookie holding a lone surrogate: sent as U+FFFD, not a URIError", async () => {
    const odd = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, cookieKey: "k\uD800;x" });
    await odd.auth.withCookieKey();
    expect(server.last().headers.cookie).toBe("session_token=k%EF%BF%BD%3Bx");
  });

  test("security: [] → no credential at all, even when the client has them", async () => {
    await client.auth.publicInfo();
    expect(seen()).toStrictEqual({ authorization: undefined, apiKeyHeader: undefined, cookie: undefined, apiKeyQuery: undefined });
  });
});

describe("alternatives and combinations of schemes", () => {
  test("either bearer OR header key: the first alternative whose credentials are set is used, only that one", async () => {
    await client.auth.eitherAuth();
    expect(seen()).toStrictEqual({ authorization: `Bearer ${TOKEN}`, apiKeyHeader: undefined, cookie: undefined, apiKeyQuery: undefined });
    const keyOnly = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, headerKey: HEADER_KEY });
    await keyOnly.auth.eitherAuth();
    expect(seen()).toStrictEqual({ authorization: undefined, apiKeyHeader: HEADER_KEY, cookie: undefined, apiKeyQuery: undefined });
  });

  test("header key AND query key: both are sent", async () => {
    await client.auth.bothAuth();
    expect(seen()).toStrictEqual({
      authorization: undefined,
      apiKeyHeader: HEADER_KEY,
      cookie: undefined,
      apiKeyQuery: encodeURIComponent(QUERY_KEY),
    });
  });

  test("header key AND query key with only one of them set: refused before sending", async () => {
    const keyOnly = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, headerKey: HEADER_KEY });
    const before = server.requests.length;
    const err = await rejection(keyOnly.auth.bothAuth());
    expect(err).toBeInstanceOf(sdk.TestSdkError);
    expect(err.message).toMatch(/queryKey/);
    expect(server.requests.length).toBe(before);
  });
});

describe("credentials", () => {
  test("security: [] works on a client without any credentials", async () => {
    const anon = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
    expect(await anon.auth.publicInfo()).toStrictEqual({ ok: true });
    expect(server.last().headers.authorization).toBeUndefined();
  });

  test("missing credentials for a secured operation: SdkError naming the option, nothing sent", async () => {
    const anon = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
    const before = server.requests.length;
    const err = await rejection(anon.auth.me());
    expect(err).toBeInstanceOf(sdk.TestSdkError);
    expect(err.message).toMatch(/bearerAuth/);
    expect(server.requests.length).toBe(before);
  });

  test("a missing credential for one scheme does not block operations using another", async () => {
    const onlyKey = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, headerKey: HEADER_KEY });
    await onlyKey.auth.withHeaderKey();
    expect(server.last().headers["x-api-key"]).toBe(HEADER_KEY);
  });

  test("token supplier (async function) is called once for each request", async () => {
    let n = 0;
    const c = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0, bearerAuth: async () => `t${++n}` });
    await c.auth.me();
    expect(server.last().headers.authorization).toBe("Bearer t1");
    await c.auth.me();
    expect(n, "supplier calls for 2 requests").toBe(2);
    expect(server.last().headers.authorization).toBe("Bearer t2");
  });

  test("environment variable fallback (TEST_BEARERAUTH)", async () => {
    process.env.TEST_BEARERAUTH = "from-env";
    try {
      const c = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
      await c.auth.me();
      expect(server.last().headers.authorization).toBe("Bearer from-env");
    } finally {
      delete process.env.TEST_BEARERAUTH;
    }
  });
});

describe("the secret never appears in errors", () => {
  test("401 on a bearer operation: typed error, no token anywhere in it", async () => {
    server.handle = (_req, res) => json(res, 401, { message: "bad token" });
    const err = await rejection(client.auth.me());
    expect(err).toBeInstanceOf(sdk.UnauthorizedError);
    expect(err.body).toStrictEqual({ message: "bad token" });
    const dump = dumpError(err);
    for (const s of SECRETS) expect(dump).not.toContain(s);
  });

  test("403 on a query-key operation: the URL in the error is redacted", async () => {
    server.handle = (_req, res) => json(res, 403, { message: "nope" });
    const err = await rejection(client.auth.withQueryKey({ q: "x" }));
    expect(err).toBeInstanceOf(sdk.TestError);
    expect(err.rawResponse.url).toMatch(/api_key=\*\*\*/);
    const dump = dumpError(err);
    for (const s of SECRETS) expect(dump).not.toContain(s);
  });

  test("connection refused: the message names the URL, redacted", async () => {
    const closed = await startFeatureServer();
    const url = closed.url;
    await closed.close();
    const c = new sdk.TestClient({ baseUrl: url, maxRetries: 0, queryKey: QUERY_KEY, bearerAuth: TOKEN, cookieKey: COOKIE_KEY });
    for (const call of [() => c.auth.withQueryKey({ q: "x" }), () => c.auth.me(), () => c.auth.withCookieKey()]) {
      const err = await rejection(call());
      expect(err).toBeInstanceOf(sdk.TestConnectionError);
      const dump = dumpError(err);
      for (const s of SECRETS) expect(dump).not.toContain(s);
    }
  });
});
