/**
 * Feature 8 — pagination (spec: specs/pagination.yaml): offset/limit, page/per_page, cursor (next_cursor + has_more)
 * and `Link` header pagination, each walked to the end with `for await`, plus `await` for the first page,
 * `hasNextPage()` and `getNextPage()`. The server holds 7 items; every request it received is checked.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let client: any;
let server: Awaited<ReturnType<typeof startFeatureServer>>;

const ALL = Array.from({ length: 7 }, (_, i) => ({ item_id: `i${i + 1}`, created_at: `2024-01-0${i + 1}T00:00:00.000Z` }));
const MAPPED = ALL.map((w) => ({ itemId: w.item_id, createdAt: new Date(w.created_at) }));
const ids = (xs: Array<{ itemId: string }>) => xs.map((x) => x.itemId);

beforeAll(async () => {
  pkg = await generateFeature("pagination");
  const sdk = await pkg.load();
  server = await startFeatureServer((req, res) => {
    const q = new URLSearchParams(req.rawQuery);
    const num = (k: string, d: number) => (q.has(k) ? Number(q.get(k)) : d);
    switch (req.path) {
      case "/offset-items": {
        const offset = num("offset", 0);
        const limit = num("limit", 3);
        return json(res, 200, { items: ALL.slice(offset, offset + limit), total_count: ALL.length });
      }
      case "/page-items": {
        const page = num("page", 1);
        const per = num("per_page", 3);
        return json(res, 200, { data: ALL.slice((page - 1) * per, page * per) });
      }
      case "/cursor-items": {
        const start = q.has("cursor") ? Number(q.get("cursor")!.replace("c-", "")) : 0;
        const limit = num("limit", 3);
        const end = start + limit;
        const more = end < ALL.length;
        return json(res, 200, { results: ALL.slice(start, end), next_cursor: more ? `c-${end}` : null, has_more: more });
      }
      case "/link-items": {
        const page = num("page", 1);
        const per = num("per_page", 3);
        const last = Math.ceil(ALL.length / per);
        const headers: Record<string, string> =
          page < last
            ? { link: `</link-items?page=${page + 1}&per_page=${per}>; rel="next", </link-items?page=${last}&per_page=${per}>; rel="last"` }
            : {};
        return json(res, 200, ALL.slice((page - 1) * per, page * per), headers);
      }
    }
    json(res, 404, {});
  });
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

/** The request targets the server got since `from`. */
const urlsSince = (from: number) => server.requests.slice(from).map((r) => r.url);

test("resource file", async () => {
  await expect(pkg.file("src/resources/items.ts")).toMatchFileSnapshot(snapshotPath("pagination", "resources/items.ts"));
});

describe("offset / limit", () => {
  test("for await walks every item of every page, mapped; stops after a short page", async () => {
    const from = server.requests.length;
    const got: any[] = [];
    for await (const item of client.items.listByOffset({ limit: 3, itemKind: "k" })) got.push(item);
    expect(got).toStrictEqual(MAPPED);
    expect(urlsSince(from)).toStrictEqual([
      "/offset-items?limit=3&item_kind=k",
      "/offset-items?offset=3&limit=3&item_kind=k",
      "/offset-items?offset=6&limit=3&item_kind=k",
    ]);
  });

  test("await gives the first page; hasNextPage / getNextPage; response fields readable on the page", async () => {
    const first = await client.items.listByOffset({ limit: 3 });
    expect(ids(first.items)).toStrictEqual(["i1", "i2", "i3"]);
    expect(first.totalCount).toBe(7);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(ids(second.items)).toStrictEqual(["i4", "i5", "i6"]);
    const third = await second.getNextPage();
    expect(ids(third.items)).toStrictEqual(["i7"]);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.getNextPage()).rejects.toThrow(/no next page/i);
  });
});

describe("page / per_page", () => {
  test("for await walks to the end", async () => {
    const from = server.requests.length;
    const got: any[] = [];
    for await (const item of client.items.listByPage({ perPage: 3 })) got.push(item);
    expect(got).toStrictEqual(MAPPED);
    const urls = urlsSince(from);
    expect(urls.slice(0, 3)).toStrictEqual(["/page-items?per_page=3", "/page-items?page=2&per_page=3", "/page-items?page=3&per_page=3"]);
    // A 4th request for an empty page is tolerated (the page size was not filled), never more.
    expect(urls.length).toBeLessThanOrEqual(4);
  });

  test("await + getNextPage", async () => {
    const first = await client.items.listByPage({ perPage: 5 });
    expect(ids(first.items)).toStrictEqual(["i1", "i2", "i3", "i4", "i5"]);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(ids(second.items)).toStrictEqual(["i6", "i7"]);
  });
});

describe("cursor (next_cursor + has_more)", () => {
  test("for await follows next_cursor until has_more is false", async () => {
    const from = server.requests.length;
    const got: any[] = [];
    for await (const item of client.items.listByCursor({ limit: 3 })) got.push(item);
    expect(got).toStrictEqual(MAPPED);
    expect(urlsSince(from)).toStrictEqual([
      "/cursor-items?limit=3",
      "/cursor-items?cursor=c-3&limit=3",
      "/cursor-items?cursor=c-6&limit=3",
    ]);
  });

  test("await + hasNextPage + getNextPage; the last page says no more", async () => {
    const first = await client.items.listByCursor({ limit: 4 });
    expect(first.hasNextPage()).toBe(true);
    expect(first.nextCursor).toBe("c-4");
    const second = await first.getNextPage();
    expect(ids(second.items)).toStrictEqual(["i5", "i6", "i7"]);
    expect(second.hasMore).toBe(false);
    expect(second.hasNextPage()).toBe(false);
  });
});

describe("Link header", () => {
  test('for await follows rel="next" until there is none', async () => {
    const from = server.requests.length;
    const got: any[] = [];
    for await (const item of client.items.listByLink({ perPage: 3 })) got.push(item);
    expect(got).toStrictEqual(MAPPED);
    expect(urlsSince(from)).toStrictEqual(["/link-items?per_page=3", "/link-items?page=2&per_page=3", "/link-items?page=3&per_page=3"]);
  });

  test("await + getNextPage", async () => {
    const first = await client.items.listByLink({ perPage: 4 });
    expect(ids(first.items)).toStrictEqual(["i1", "i2", "i3", "i4"]);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(ids(second.items)).toStrictEqual(["i5", "i6", "i7"]);
    expect(second.hasNextPage()).toBe(false);
  });
});
