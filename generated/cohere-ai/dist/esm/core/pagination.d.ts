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
export declare class Page<TItem, TResponse> implements AsyncIterable<TItem> {
    #private;
    /** The parsed response of this page. */
    readonly response: TResponse;
    /** The items on this page. */
    readonly items: TItem[];
    /** Status, headers and URL of this page's response. */
    readonly rawResponse: RawResponse;
    /** Used by {@link PagePromise}; builds a page from a fetched response. */
    constructor(pager: Pager<TItem, TResponse, any>, request: unknown, result: WithRawResponse<TResponse>);
    /** Whether another page follows (false as well when this page is empty). */
    hasNextPage(): boolean;
    /** Fetches the next page; rejects with `SdkError` if there is none. */
    getNextPage(): Promise<PageOf<TItem, TResponse>>;
    /** This page and every following page. */
    iterPages(): AsyncGenerator<Page<TItem, TResponse>>;
    /** Every item of this page and of every following page. */
    [Symbol.asyncIterator](): AsyncIterator<TItem>;
}
/**
 * What a paginated method returns: `await` it for the first {@link Page}, or `for await` it for every item of
 * every page. The first page is requested immediately.
 */
export declare class PagePromise<TItem, TResponse> implements Promise<PageOf<TItem, TResponse>>, AsyncIterable<TItem> {
    #private;
    /** @param pager - How to fetch and walk pages. @param firstRequest - The request for the first page. */
    constructor(pager: Pager<TItem, TResponse, any>, firstRequest: unknown);
    /** Like `Promise.prototype.then`, on the first page. */
    then<R1 = PageOf<TItem, TResponse>, R2 = never>(onfulfilled?: ((page: PageOf<TItem, TResponse>) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2>;
    /** Like `Promise.prototype.catch`, on the first page. */
    catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<PageOf<TItem, TResponse> | R>;
    /** Like `Promise.prototype.finally`, on the first page. */
    finally(onfinally?: (() => void) | null): Promise<PageOf<TItem, TResponse>>;
    /** The first page together with its raw response (status, headers, url), like `HttpPromise.withRawResponse`. */
    withRawResponse(): Promise<WithRawResponse<PageOf<TItem, TResponse>>>;
    /** "PagePromise". */
    get [Symbol.toStringTag](): string;
    /** Every item of every page. */
    [Symbol.asyncIterator](): AsyncIterator<TItem>;
}
/**
 * The `rel="next"` target of an RFC 8288 `Link` header, resolved against the response URL; `undefined` if absent,
 * or if it points to another origin (credentials are only sent to the API's own origin).
 * Use it in `getNextRequest` for Link-header pagination (buildUrl accepts an absolute URL as the path).
 */
export declare function nextLink(rawResponse: RawResponse): string | undefined;
/** Parses an RFC 8288 `Link` header into `{ rel: url }` (each space-separated rel value gets the URL; first wins). */
export declare function parseLinkHeader(header: string | null | undefined, baseUrl?: string): Record<string, string>;
