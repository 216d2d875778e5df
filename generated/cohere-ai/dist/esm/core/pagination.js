/**
 * A general pager. Generated code describes a paginated operation with a {@link Pager} (fetch one page from a
 * "request" descriptor, extract the items, compute the next descriptor) and returns a {@link PagePromise}.
 * Offset/limit, page/per_page, cursor/has_more and `Link: <…>; rel="next"` are all expressed through `getNextRequest`.
 */
import { SdkError } from "./errors.js";
/** One page of results. Iterating a page with `for await` yields its items and those of every following page. */
export class Page {
    /** The parsed response of this page. */
    response;
    /** The items on this page. */
    items;
    /** Status, headers and URL of this page's response. */
    rawResponse;
    #pager;
    #next;
    /** Used by {@link PagePromise}; builds a page from a fetched response. */
    constructor(pager, request, result) {
        this.#pager = pager;
        this.response = result.data;
        this.rawResponse = result.rawResponse;
        this.items = [...(pager.getItems(result.data, result.rawResponse) ?? [])];
        // The response's own fields are readable on the page too (`page.datasets`), as on an unpaginated call.
        const data = result.data;
        if (data && typeof data === "object" && !Array.isArray(data)) {
            for (const key of Object.keys(data))
                if (!(key in this))
                    this[key] = data[key];
        }
        const next = this.items.length
            ? pager.getNextRequest({ response: result.data, rawResponse: result.rawResponse, request, items: this.items })
            : undefined;
        // A next request identical to this one would loop forever.
        this.#next = next == null || same(next, request) ? undefined : next;
    }
    /** Whether another page follows (false as well when this page is empty). */
    hasNextPage() {
        return this.#next !== undefined;
    }
    /** Fetches the next page; rejects with `SdkError` if there is none. */
    getNextPage() {
        if (!this.hasNextPage())
            return Promise.reject(new SdkError("There is no next page"));
        return loadPage(this.#pager, this.#next);
    }
    /** This page and every following page. */
    async *iterPages() {
        let page = this;
        yield page;
        while (page.hasNextPage()) {
            page = await page.getNextPage();
            yield page;
        }
    }
    /** Every item of this page and of every following page. */
    async *[Symbol.asyncIterator]() {
        for await (const page of this.iterPages())
            yield* page.items;
    }
}
/** Whether two page requests are equal (by JSON form). */
function same(a, b) {
    try {
        return a === b || JSON.stringify(a) === JSON.stringify(b);
    }
    catch {
        return false;
    }
}
/** Fetches one page. */
async function loadPage(pager, request) {
    return new Page(pager, request, await pager.fetchPage(request));
}
/**
 * What a paginated method returns: `await` it for the first {@link Page}, or `for await` it for every item of
 * every page. The first page is requested immediately.
 */
export class PagePromise {
    #first;
    /** @param pager - How to fetch and walk pages. @param firstRequest - The request for the first page. */
    constructor(pager, firstRequest) {
        this.#first = loadPage(pager, firstRequest);
    }
    /** Like `Promise.prototype.then`, on the first page. */
    then(onfulfilled, onrejected) {
        return this.#first.then(onfulfilled, onrejected);
    }
    /** Like `Promise.prototype.catch`, on the first page. */
    catch(onrejected) {
        return this.#first.catch(onrejected);
    }
    /** Like `Promise.prototype.finally`, on the first page. */
    finally(onfinally) {
        return this.#first.finally(onfinally);
    }
    /** The first page together with its raw response (status, headers, url), like `HttpPromise.withRawResponse`. */
    withRawResponse() {
        return this.#first.then((page) => ({ data: page, rawResponse: page.rawResponse }));
    }
    /** "PagePromise". */
    get [Symbol.toStringTag]() {
        return "PagePromise";
    }
    /** Every item of every page. */
    async *[Symbol.asyncIterator]() {
        yield* await this.#first;
    }
}
/**
 * The `rel="next"` target of an RFC 8288 `Link` header, resolved against the response URL; `undefined` if absent,
 * or if it points to another origin (credentials are only sent to the API's own origin).
 * Use it in `getNextRequest` for Link-header pagination (buildUrl accepts an absolute URL as the path).
 */
export function nextLink(rawResponse) {
    const next = parseLinkHeader(rawResponse.headers.get("link"), rawResponse.url).next;
    try {
        return next && new URL(next).origin === new URL(rawResponse.url).origin ? next : undefined;
    }
    catch {
        return undefined;
    }
}
/** Parses an RFC 8288 `Link` header into `{ rel: url }` (each space-separated rel value gets the URL; first wins). */
export function parseLinkHeader(header, baseUrl) {
    const links = {};
    const linkRe = /<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"(?:[^"\\]|\\.)*"|[^;,\s]*))?)*)/g;
    for (const [, target, params] of (header ?? "").matchAll(linkRe)) {
        const rel = /;\s*rel\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,\s]*))/i.exec(params);
        if (!rel)
            continue;
        let url = target;
        try {
            url = new URL(target, baseUrl).href;
        }
        catch {
            // keep as given
        }
        for (const r of (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/))
            if (r && !Object.hasOwn(links, r))
                links[r] = url;
    }
    return links;
}
