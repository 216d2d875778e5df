/**
 * Issue 12 (prototype pollution): wire keys named like every Object.prototype member (`__proto__` included)
 * round-trip as own data properties of mapped objects; a key that is absent never picks up the inherited member;
 * a response map (additionalProperties: date-time) with a `"__proto__"` key keeps Object.prototype as its
 * prototype. Checked over HTTP on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { json, startFeatureServer } from "../features/harness.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const WHEN = "2024-01-15T09:30:00.000Z";

let pkg: EmittedPackage;
let client: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
beforeAll(async () => {
  pkg = await generateSpec("prototype-names.yaml");
  const sdk = await pkg.load();
  server = await startFeatureServer();
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

/** A JSON body written by hand, so a `"__proto__"` key is really on the wire. */
function rawJson(body: string) {
  return (_req: unknown, res: import("node:http").ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(body);
  };
}

const wireObject = `{"created_at":"${WHEN}",${NAMES.map((n) => `"${n}":"wire-${n}"`).join(",")}}`;

describe("objects with Object.prototype names as wire keys", () => {
  test("every name arrives as an own data property; the prototype is Object.prototype", async () => {
    server.handle = rawJson(wireObject);
    const obj = await client.objects.getObj();
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(obj.createdAt).toStrictEqual(new Date(WHEN));
    const values = Object.values(obj).filter((v) => typeof v === "string");
    expect(values.sort()).toEqual(NAMES.map((n) => `wire-${n}`).sort());
    for (const [k, v] of Object.entries(obj)) {
      if (k === "createdAt") continue;
      expect(Object.getOwnPropertyDescriptor(obj, k)).toMatchObject({ value: v, writable: true, enumerable: true });
    }
    expect(Object.prototype.toString.call(obj)).toBe("[object Object]");
  });

  test("absent keys stay absent: nothing inherited is copied in", async () => {
    server.handle = (_req, res) => json(res, 200, { created_at: WHEN });
    const obj = await client.objects.getObj();
    expect(Object.keys(obj)).toEqual(["createdAt"]);
  });

  test("a round trip sends every name back, `__proto__` as an own key", async () => {
    server.handle = rawJson(wireObject);
    const obj = await client.objects.getObj();
    server.handle = rawJson(wireObject);
    await client.objects.echoObj(obj);
    const sent = server.last().body.toString();
    const parsed = JSON.parse(sent);
    expect(Object.keys(parsed).sort()).toEqual(["created_at", ...NAMES].sort());
    for (const n of NAMES) expect(Object.getOwnPropertyDescriptor(parsed, n)?.value).toBe(`wire-${n}`);
    expect(parsed.created_at).toBe(WHEN);
  });
});

describe("a response map of date-times", () => {
  test('a "__proto__" key is an own entry and does not replace the prototype', async () => {
    server.handle = rawJson(`{"a":"${WHEN}","__proto__":"${WHEN}","toString":"${WHEN}","constructor":"${WHEN}"}`);
    const times = await client.objects.getTimes();
    expect(Object.getPrototypeOf(times)).toBe(Object.prototype);
    expect(Object.keys(times).sort()).toEqual(["__proto__", "a", "constructor", "toString"]);
    for (const k of Object.keys(times)) expect(Object.getOwnPropertyDescriptor(times, k)?.value).toStrictEqual(new Date(WHEN));
    expect({}.constructor).toBe(Object); // nothing polluted globally
  });
});
