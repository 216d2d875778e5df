/**
 * A general pager. Generated code describes a paginated operation with a {@link Pager} (fetch one page from a
 * "request" descriptor, extract the items, compute the next descriptor) and returns a {@link PagePromise}.
 * Offset/limit, page/per_page, cursor/has_more and `Link: <…>; rel="next"` are all expressed through `getNextRequest`.
 */
import { SdkError } from "./errors.js";
import type { RawResponse, WithRawResponse } from "./types.js";

/** How to walk one paginated operation. `TRequest` is whatever describes a page request (params, cursor, URL…). */
export interface Pager<TItem, TResponse, TRequest> {
  /** Fetches one page, e.g. `(req) => request(core, spec(req), options).withRawResponse()`. */
  fetchPage(request: TRequest): Promise<WithRawResponse<TResponse>>;
  /** The items of a page (`undefined`/`null` → none). */
  getItems(response: TResponse, rawResponse: RawResponse): readonly TItem[] | null | undefined;
  /** The request for the page after this one, or `undefined`/`null` when this is the last page. */
  getNextRequest(page: PageContext<TItem, TResponse, TRequest>): TRequest | null | undefined;
}

/** What {@link Pager.getNextRequest} sees about the current page. */
export interface PageContext<TItem, TResponse, TRequest> {
  /** The page's parsed response. */
  response: TResponse;
  /** The page's status, headers (e.g. `Link`) and URL. */
  rawResponse: RawResponse;
  /** The request that produced this page. */
  request: TRequest;
  /** The page's items. */
  items: readonly TItem[];
}

/** A page together with the fields of its response (those that do not clash with the page's own members). */
export type PageOf<TItem, TResponse> = Page<TItem, TResponse> & Omit<TResponse, keyof Page<TItem, TResponse>>;

/** One page of results. Iterating a page with `for await` yields its items and those of every following page. */
export class Page<TItem, TResponse> implements AsyncIterable<TItem> {
  /** The parsed response of this page. */
  readonly response: TResponse;
  /** The items on this page. */
  readonly items: TItem[];
  /** Status, headers and URL of this page's response. */
  readonly rawResponse: RawResponse;
  readonly #pager: Pager<TItem, TResponse, any>;
  readonly #next: unknown;

  /** Used by {@link PagePromise}; builds a page from a fetched response. */
  constructor(pager: Pager<TItem, TResponse, any>, request: unknown, result: WithRawResponse<TResponse>) {
    this.#pager = pager;
    this.response = result.data;
    this.rawResponse = result.rawResponse;
    this.items = [...(pager.getItems(result.data, result.rawResponse) ?? [])];
    // The response's own fields are readable on the page too (`page.datasets`), as on an unpaginated call.
    const data = result.data as unknown;
    if (data && typeof data === "object" && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) if (!(key in this)) Reflect.set(this, key, value);
    }
    const next = this.items.length
      ? pager.getNextRequest({ response: result.data, rawResponse: result.rawResponse, request, items: this.items })
      : undefined;
    // A next request identical to this one would loop forever.
    this.#next = next == null || same(next, request) ? undefined : next;
  }

  /** Whether another page follows (false as well when this page is empty). */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** Fetches the next page; rejects with `SdkError` if there is none. */
  getNextPage(): Promise<PageOf<TItem, TResponse>> {
    if (!this.hasNextPage()) return Promise.reject(new SdkError("There is no next page"));
    return loadPage(this.#pager, this.#next);
  }

  /** This page and every following page. */
  async *iterPages(): AsyncGenerator<Page<TItem, TResponse>> {
    let page: Page<TItem, TResponse> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and of every following page. */
  async *[Symbol.asyncIterator](): AsyncIterator<TItem> {
    for await (const page of this.iterPages()) yield* page.items;
  }
}

/** Whether two page requests are equal (by JSON form). */
function same(a: unknown, b: unknown): boolean {
  try {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** Fetches one page. */
async function loadPage<TItem, TResponse, TRequest>(
  pager: Pager<TItem, TResponse, TRequest>,
  request: TRequest,
): Promise<PageOf<TItem, TResponse>> {
  return new Page(pager, request, await pager.fetchPage(request)) as PageOf<TItem, TResponse>;
}

/**
 * What a paginated method returns: `await` it for the first {@link Page}, or `for await` it for every item of
 * every page. The first page is requested immediately.
 */
export class PagePromise<TItem, TResponse> implements Promise<PageOf<TItem, TResponse>>, AsyncIterable<TItem> {
  readonly #first: Promise<PageOf<TItem, TResponse>>;

  /** @param pager - How to fetch and walk pages. @param firstRequest - The request for the first page. */
  constructor(pager: Pager<TItem, TResponse, any>, firstRequest: unknown) {
    this.#first = loadPage(pager, firstRequest);
  }

  /** Like `Promise.prototype.then`, on the first page. */
  then<R1 = PageOf<TItem, TResponse>, R2 = never>(
    onfulfilled?: ((page: PageOf<TItem, TResponse>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#first.then(onfulfilled, onrejected);
  }

  /** Like `Promise.prototype.catch`, on the first page. */
  catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<PageOf<TItem, TResponse> | R> {
    return this.#first.catch(onrejected);
  }

  /** Like `Promise.prototype.finally`, on the first page. */
  finally(onfinally?: (() => void) | null): Promise<PageOf<TItem, TResponse>> {
    return this.#first.finally(onfinally);
  }

  /** The first page together with its raw response (status, headers, url), like `HttpPromise.withRawResponse`. */
  withRawResponse(): Promise<WithRawResponse<PageOf<TItem, TResponse>>> {
    return this.#first.then((page) => ({ data: page, rawResponse: page.rawResponse }));
  }

  /** "PagePromise". */
  get [Symbol.toStringTag](): string {
    return "PagePromise";
  }

  /** Every item of every page. */
  async *[Symbol.asyncIterator](): AsyncIterator<TItem> {
    yield* await this.#first;
  }
}

/**
 * The `rel="next"` target of an RFC 8288 `Link` header, resolved against the response URL; `undefined` if absent,
 * or if it points to another origin (credentials are only sent to the API's own origin).
 * Use it in `getNextRequest` for Link-header pagination (buildUrl accepts an absolute URL as the path).
 */
export function nextLink(rawResponse: RawResponse): string | undefined {
  const next = parseLinkHeader(rawResponse.headers.get("link"), rawResponse.url).next;
  try {
    return next && new URL(next).origin === new URL(rawResponse.url).origin ? next : undefined;
  } catch {
    return undefined;
  }
}

/** Parses an RFC 8288 `Link` header into `{ rel: url }` (each space-separated rel value gets the URL; first wins). */
export function parseLinkHeader(header: string | null | undefined, baseUrl?: string): Record<string, string> {
  const links: Record<string, string> = {};
  const linkRe = /<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"(?:[^"\\]|\\.)*"|[^;,\s]*))?)*)/g;
  for (const [, target, params] of (header ?? "").matchAll(linkRe)) {
    const rel = /;\s*rel\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,\s]*))/i.exec(params!);
    if (!rel) continue;
    let url = target!;
    try {
      url = new URL(target!, baseUrl).href;
    } catch {
      // keep as given
    }
    for (const r of (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/))
      if (r && !Object.hasOwn(links, r)) links[r] = url;
  }
  return links;
}
