"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var pagination_exports = {};
__export(pagination_exports, {
  Page: () => Page,
  PagePromise: () => PagePromise,
  nextLink: () => nextLink,
  parseLinkHeader: () => parseLinkHeader
});
module.exports = __toCommonJS(pagination_exports);
var import_errors = require("./errors.js");
class Page {
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
    this.items = [...pager.getItems(result.data, result.rawResponse) ?? []];
    const data = result.data;
    if (data && typeof data === "object" && !Array.isArray(data)) {
      for (const [key, value] of Object.entries(data)) if (!(key in this)) Reflect.set(this, key, value);
    }
    const next = this.items.length ? pager.getNextRequest({ response: result.data, rawResponse: result.rawResponse, request, items: this.items }) : void 0;
    this.#next = next == null || same(next, request) ? void 0 : next;
  }
  /** Whether another page follows (false as well when this page is empty). */
  hasNextPage() {
    return this.#next !== void 0;
  }
  /** Fetches the next page; rejects with `SdkError` if there is none. */
  getNextPage() {
    if (!this.hasNextPage()) return Promise.reject(new import_errors.SdkError("There is no next page"));
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
    for await (const page of this.iterPages()) yield* page.items;
  }
}
function same(a, b) {
  try {
    return a === b || JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
async function loadPage(pager, request) {
  return new Page(pager, request, await pager.fetchPage(request));
}
class PagePromise {
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
function nextLink(rawResponse) {
  const next = parseLinkHeader(rawResponse.headers.get("link"), rawResponse.url).next;
  try {
    return next && new URL(next).origin === new URL(rawResponse.url).origin ? next : void 0;
  } catch {
    return void 0;
  }
}
function parseLinkHeader(header, baseUrl) {
  const links = {};
  const linkRe = /<([^>]*)>((?:\s*;\s*[^;,=\s]+\s*(?:=\s*(?:"(?:[^"\\]|\\.)*"|[^;,\s]*))?)*)/g;
  for (const [, target, params] of (header ?? "").matchAll(linkRe)) {
    const rel = /;\s*rel\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,\s]*))/i.exec(params);
    if (!rel) continue;
    let url = target;
    try {
      url = new URL(target, baseUrl).href;
    } catch {
    }
    for (const r of (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/))
      if (r && !Object.hasOwn(links, r)) links[r] = url;
  }
  return links;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Page,
  PagePromise,
  nextLink,
  parseLinkHeader
});
