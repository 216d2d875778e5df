import { afterEach, describe, expect, it } from "vitest";
import { request } from "../../templates/runtime/fetcher.js";
import { Page, PagePromise, nextLink, parseLinkHeader, type Pager } from "../../templates/runtime/pagination.js";
import { SdkError } from "../../templates/runtime/errors.js";
import type { ClientCore, QueryParam, RawResponse } from "../../templates/runtime/types.js";
import { json, makeCore, startServer, TestApiError, type TestServer } from "./helpers.js";

const ITEMS = Array.from({ length: 23 }, (_, i) => ({ id: i + 1 }));
type Item = { id: number };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One server implementing the four pagination styles. */
function paginatedServer(): Promise<TestServer> {
  return startServer((req, res) => {
    const u = new URL(req.url!, "http://x");
    const q = u.searchParams;
    if (u.pathname === "/offset") {
      const offset = Number(q.get("offset") ?? 0);
      const limit = Number(q.get("limit") ?? 10);
      json(res, 200, { data: ITEMS.slice(offset, offset + limit), total: ITEMS.length });
    } else if (u.pathname === "/pages") {
      const page = Number(q.get("page") ?? 1);
      const per = Number(q.get("per_page") ?? 10);
      json(res, 200, { results: ITEMS.slice((page - 1) * per, page * per), page, total_pages: Math.ceil(ITEMS.length / per) });
    } else if (u.pathname === "/cursor") {
      const after = Number(q.get("after") ?? 0);
      const page = ITEMS.filter((x) => x.id > after).slice(0, 10);
      const hasMore = page.length > 0 && page[page.length - 1]!.id < ITEMS.length;
      json(res, 200, { items: page, has_more: hasMore, next_cursor: hasMore ? String(page[page.length - 1]!.id) : null });
    } else if (u.pathname === "/link") {
      const page = Number(q.get("page") ?? 1);
      const slice = ITEMS.slice((page - 1) * 10, page * 10);
      const links = [`</link?page=1>; rel="first"`];
      if (page * 10 < ITEMS.length) links.push(`<link?page=${page + 1}>; rel="next"; title="Next, page"`);
      json(res, 200, slice, { link: links.join(", ") });
    } else json(res, 404, {});
  });
}

const fetchJson =
  <T>(core: ClientCore, path: string) =>
  (query: QueryParam[] | string) =>
    request<T>(core, {
      method: "GET",
      path: typeof query === "string" ? query : path,
      query: typeof query === "string" ? undefined : query,
      responseType: "json",
      errors: { base: TestApiError },
    }).withRawResponse();

describe("pagination", () => {
  it("offset/limit: for await over the PagePromise walks every item", async () => {
    server = await paginatedServer();
    type Res = { data: Item[]; total: number };
    type Req = { offset: number; limit: number };
    const get = fetchJson<Res>(makeCore(server.url), "/offset");
    const pager: Pager<Item, Res, Req> = {
      fetchPage: (r) =>
        get([
          { name: "offset", value: r.offset },
          { name: "limit", value: r.limit },
        ]),
      getItems: (res) => res.data,
      getNextRequest: ({ request: r, items, response }) =>
        r.offset + items.length < response.total ? { ...r, offset: r.offset + items.length } : undefined,
    };
    const ids: number[] = [];
    for await (const item of new PagePromise(pager, { offset: 0, limit: 10 })) ids.push(item.id);
    expect(ids).toEqual(ITEMS.map((x) => x.id));
    expect(server.requests.map((r) => r.url)).toEqual([
      "/offset?offset=0&limit=10",
      "/offset?offset=10&limit=10",
      "/offset?offset=20&limit=10",
    ]);
  });

  it("page/per_page: await the first page, then getNextPage until hasNextPage() is false", async () => {
    server = await paginatedServer();
    type Res = { results: Item[]; page: number; total_pages: number };
    const get = fetchJson<Res>(makeCore(server.url), "/pages");
    const pager: Pager<Item, Res, number> = {
      fetchPage: (page) =>
        get([
          { name: "page", value: page },
          { name: "per_page", value: 5 },
        ]),
      getItems: (res) => res.results,
      getNextRequest: ({ response }) => (response.page < response.total_pages ? response.page + 1 : undefined),
    };
    let page: Page<Item, Res> = await new PagePromise(pager, 1);
    expect(page).toBeInstanceOf(Page);
    expect(page.rawResponse.status).toBe(200);
    const sizes = [page.items.length];
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      sizes.push(page.items.length);
    }
    expect(sizes).toEqual([5, 5, 5, 5, 3]);
    expect(page.response.page).toBe(5);
    await expect(page.getNextPage()).rejects.toBeInstanceOf(SdkError);
  });

  it("cursor with has_more: iterating a Page continues through the following pages", async () => {
    server = await paginatedServer();
    type Res = { items: Item[]; has_more: boolean; next_cursor: string | null };
    const get = fetchJson<Res>(makeCore(server.url), "/cursor");
    const pager: Pager<Item, Res, string | undefined> = {
      fetchPage: (after) => get([{ name: "after", value: after }]),
      getItems: (res) => res.items,
      getNextRequest: ({ response }) => (response.has_more ? response.next_cursor : undefined),
    };
    const first = await new PagePromise(pager, undefined);
    const ids: number[] = [];
    for await (const item of first) ids.push(item.id);
    expect(ids).toEqual(ITEMS.map((x) => x.id));
    expect(server.requests.map((r) => r.url)).toEqual(["/cursor", "/cursor?after=10", "/cursor?after=20"]);
    const pages: number[] = [];
    for await (const p of first.iterPages()) pages.push(p.items.length);
    expect(pages).toEqual([10, 10, 3]);
  });

  it("RFC 8288 Link headers: follows rel=next (relative URLs resolved)", async () => {
    server = await paginatedServer();
    const get = fetchJson<Item[]>(makeCore(server.url), "/link");
    const pager: Pager<Item, Item[], QueryParam[] | string> = {
      fetchPage: get,
      getItems: (res) => res,
      getNextRequest: ({ rawResponse }) => nextLink(rawResponse),
    };
    const ids: number[] = [];
    for await (const item of new PagePromise(pager, [{ name: "page", value: 1 }])) ids.push(item.id);
    expect(ids).toEqual(ITEMS.map((x) => x.id));
    expect(server.requests.map((r) => r.url)).toEqual(["/link?page=1", "/link?page=2", "/link?page=3"]);
  });

  it("stops on an empty page or a repeated request, and propagates fetch errors", async () => {
    let calls = 0;
    const raw = { status: 200, statusText: "OK", headers: new Headers(), url: "http://x/" } satisfies RawResponse;
    const looping: Pager<number, number[], string> = {
      fetchPage: async () => (calls++, { data: [1], rawResponse: raw }),
      getItems: (r) => r,
      getNextRequest: () => "same",
    };
    const all: number[] = [];
    for await (const x of new PagePromise(looping, "same")) all.push(x);
    expect(all).toEqual([1]);
    expect(calls).toBe(1);

    const empty: Pager<number, number[], number> = {
      fetchPage: async () => ({ data: [], rawResponse: raw }),
      getItems: (r) => r,
      getNextRequest: ({ request }) => request + 1,
    };
    expect((await new PagePromise(empty, 0)).hasNextPage()).toBe(false);

    const failing: Pager<number, number[], number> = {
      fetchPage: async () => {
        throw new SdkError("boom");
      },
      getItems: (r) => r,
      getNextRequest: () => undefined,
    };
    await expect(new PagePromise(failing, 0)).rejects.toThrow("boom");
    await expect(
      (async () => {
        for await (const _ of new PagePromise(failing, 0));
      })(),
    ).rejects.toThrow("boom");
  });

  it("parseLinkHeader handles quoting, multiple rels and commas in params", () => {
    const h = '<https://api.x/items?page=2&a=1,2>; rel="next last"; title="a, b; c", <https://api.x/items?page=1>; rel=prev';
    expect(parseLinkHeader(h)).toEqual({
      next: "https://api.x/items?page=2&a=1,2",
      last: "https://api.x/items?page=2&a=1,2",
      prev: "https://api.x/items?page=1",
    });
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('</p?x=1>; rel="next"', "https://h.example/a/b")).toEqual({ next: "https://h.example/p?x=1" });
    const raw = (link: string): RawResponse => ({
      status: 200,
      statusText: "",
      headers: new Headers({ link }),
      url: "https://api.x/items?page=1",
    });
    expect(nextLink(raw('<https://api.x/items?page=2>; rel="next"'))).toBe("https://api.x/items?page=2");
    expect(nextLink(raw('<https://evil.example/steal>; rel="next"'))).toBeUndefined();
    expect(nextLink(raw('<https://api.x/items?page=1>; rel="prev"'))).toBeUndefined();
  });
});
