/**
 * Feature 1 — parameters (spec: specs/parameters.yaml): path parameters always percent-encoded, label and matrix
 * styles; query form explode true/false for arrays and objects, spaceDelimited, pipeDelimited, deepObject,
 * allowReserved; header and cookie parameters; dates in the query. Each assertion is on the raw request line or raw
 * headers the server received.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, rawPairs, rejection, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let client: any;
let sdk: any;

beforeAll(async () => {
  pkg = await generateFeature("parameters");
  sdk = await pkg.load();
  server = await startFeatureServer((_req, res) => json(res, 200, { ok: true }));
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

describe("emitted code", () => {
  test("resource file (signatures, styles passed to the runtime)", async () => {
    await expect(pkg.file("src/resources/params.ts")).toMatchFileSnapshot(snapshotPath("parameters", "resources/params.ts"));
  });
  test("types.ts and mappers.ts", async () => {
    await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("parameters", "types.ts"));
    await expect(pkg.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("parameters", "mappers.ts"));
  });
});

describe("path parameters", () => {
  test("are always percent-encoded: space, slash, ?, #, %, unicode", async () => {
    const res = await client.params.getItemVersion("a b/c?d#e%f ü😀", 7);
    expect(res).toEqual({ ok: true });
    expect(server.last().path).toBe("/items/a%20b%2Fc%3Fd%23e%25f%20%C3%BC%F0%9F%98%80/versions/7");
  });

  test("a value of '..' cannot climb out of the path: refused, nothing sent", async () => {
    const before = server.requests.length;
    let err: unknown;
    try {
      await client.params.getItemVersion("..", 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(sdk.TestSdkError);
    expect(server.requests.length).toBe(before);
  });

  test("an invalid path value rejects the returned promise (the method does not throw synchronously)", async () => {
    let sync: unknown;
    let p: Promise<unknown> | undefined;
    try {
      p = client.params.getItemVersion("..", 1);
    } catch (e) {
      sync = e;
    }
    expect(sync, "threw synchronously instead of returning a rejected HttpPromise").toBeUndefined();
    expect(await rejection(p!)).toBeInstanceOf(sdk.TestSdkError);
  });

  test("label style, explode false: .a,b", async () => {
    await client.params.labelSimple(["blue", "black w"]);
    expect(server.last().path).toBe("/label/.blue,black%20w");
  });

  test("label style, explode true: .a.b", async () => {
    await client.params.labelExplode(["blue", "black"]);
    expect(server.last().path).toBe("/label-explode/.blue.black");
  });

  test("matrix style, array, explode false: ;color=a,b", async () => {
    await client.params.matrixArray(["blue", "black"]);
    expect(server.last().path).toBe("/matrix/;color=blue,black");
  });

  test("matrix style, object, explode true: ;x=1;y=2", async () => {
    await client.params.matrixObject({ x: 1, y: 2 });
    expect(server.last().path).toBe("/matrix-explode/;x=1;y=2");
  });
});

describe("query parameters", () => {
  test("form arrays (explode true/false), form objects (explode true/false)", async () => {
    await client.params.search({ tags: ["a b", "c,d"], ids: [1, 2, 3], filter: { color: "red", size: "L" }, point: { x: 1, y: 2 } });
    expect(rawPairs(server.last().rawQuery)).toEqual([
      ["tags", "a%20b"],
      ["tags", "c%2Cd"],
      ["ids", "1,2,3"],
      ["color", "red"],
      ["size", "L"],
      ["point", "x,1,y,2"],
    ]);
  });

  test("spaceDelimited and pipeDelimited arrays", async () => {
    await client.params.search({ words: ["hello", "world"], alts: ["x", "y|z"] });
    expect(rawPairs(server.last().rawQuery)).toEqual([
      ["words", "hello%20world"],
      ["alts", "x|y%7Cz"],
    ]);
  });

  test("deepObject with a renamed (snake_case) key", async () => {
    await client.params.search({ deep: { role: "admin", minAge: 18 } });
    expect(rawPairs(server.last().rawQuery)).toEqual([
      ["deep[role]", "admin"],
      ["deep[min_age]", "18"],
    ]);
  });

  test("allowReserved keeps reserved characters; a normal parameter encodes them", async () => {
    await client.params.search({ redirect: "/a/b?c=d&e", q: "/a/b?c=d&e" });
    expect(server.last().rawQuery).toBe("redirect=/a/b?c=d&e&q=%2Fa%2Fb%3Fc%3Dd%26e");
  });

  test("snake_case name, Date → ISO 8601, date string, boolean; undefined is skipped", async () => {
    await client.params.search({
      pageSize: 20,
      since: new Date("2024-05-06T07:08:09.010Z"),
      day: "2024-05-06",
      active: false,
      q: undefined,
    });
    expect(rawPairs(server.last().rawQuery)).toEqual([
      ["page_size", "20"],
      ["since", "2024-05-06T07%3A08%3A09.010Z"],
      ["day", "2024-05-06"],
      ["active", "false"],
    ]);
  });

  test("no query string at all when nothing is set", async () => {
    await client.params.search();
    expect(server.last().url).toBe("/search");
  });
});

describe("path-level parameters, name clashes, `content` parameters", () => {
  test("path-item parameters apply; a query and a header parameter with one name are both sent", async () => {
    await client.params.shopItems("s 1", { versionQuery: "q1", versionHeader: "h1" });
    const r = server.last();
    expect(r.path).toBe("/shops/s%201/items");
    expect(rawPairs(r.rawQuery)).toEqual([["version", "q1"]]);
    expect(r.headers.version).toBe("h1");
  });

  test("a query parameter described with `content: application/json` is sent as one JSON-encoded value", async () => {
    await client.params.shopItems("s1", { filter: { minPrice: 1.5, tagNames: ["a b"] } });
    const pairs = rawPairs(server.last().rawQuery);
    expect(pairs.map(([k]) => k)).toEqual(["filter"]);
    expect(JSON.parse(decodeURIComponent(pairs[0]![1]))).toStrictEqual({ min_price: 1.5, tag_names: ["a b"] });
  });
});

describe("header parameters", () => {
  test("string, array (a,b), integer and boolean headers; unset ones are not sent", async () => {
    await client.params.headerParams({ xTraceId: "trace-1", xTags: ["a", "b"], xLimit: 5, xFlag: true });
    const h = server.last().headers;
    expect(h["x-trace-id"]).toBe("trace-1");
    expect(h["x-tags"]).toBe("a,b");
    expect(h["x-limit"]).toBe("5");
    expect(h["x-flag"]).toBe("true");
    await client.params.headerParams({ xTraceId: "trace-2" });
    const h2 = server.last().headers;
    expect(h2["x-trace-id"]).toBe("trace-2");
    expect(h2).not.toHaveProperty("x-tags");
    expect(h2).not.toHaveProperty("x-limit");
  });
});

describe("cookie parameters", () => {
  test("one Cookie header, values percent-encoded, unset ones skipped", async () => {
    await client.params.cookieParams({ sessionId: "abc; def=1", theme: "dark", count: 3 });
    const raw = server.last().rawHeaders;
    const cookies = raw.filter((_, i) => i % 2 === 0 && raw[i]!.toLowerCase() === "cookie").length;
    expect(cookies).toBe(1);
    expect(server.last().headers.cookie).toBe("session_id=abc%3B%20def%3D1; theme=dark; count=3");
    await client.params.cookieParams({ sessionId: "s2" });
    expect(server.last().headers.cookie).toBe("session_id=s2");
    await client.params.cookieParams({ sessionId: "a\uDC00b" }); // a lone surrogate: U+FFFD, not a URIError
    expect(server.last().headers.cookie).toBe("session_id=a%EF%BF%BDb");
  });
});
