"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpPromise = void 0;
/**
 * The promise returned by every generated method: awaiting it gives the data,
 * `.withRawResponse()` gives `{ data, rawResponse }`.
 * Derived promises are created lazily, so using only one of the two forms never leaves an unhandled rejection behind.
 */
class HttpPromise {
    #raw;
    /** @param raw - The in-flight call, resolving to the data and its raw response. */
    constructor(raw) {
        this.#raw = raw;
    }
    /** Resolves to the data together with the response's status, headers and URL. */
    withRawResponse() {
        return this.#raw;
    }
    /** Like `Promise.prototype.then`, on the data. */
    then(onfulfilled, onrejected) {
        return this.#raw.then((r) => (onfulfilled ? onfulfilled(r.data) : r.data), onrejected);
    }
    /** Like `Promise.prototype.catch`, on the data. */
    catch(onrejected) {
        return this.then(undefined, onrejected);
    }
    /** Like `Promise.prototype.finally`, on the data. */
    finally(onfinally) {
        return this.then().finally(onfinally);
    }
    /** "HttpPromise". */
    get [Symbol.toStringTag]() {
        return "HttpPromise";
    }
}
exports.HttpPromise = HttpPromise;
