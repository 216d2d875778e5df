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
var http_promise_exports = {};
__export(http_promise_exports, {
  HttpPromise: () => HttpPromise
});
module.exports = __toCommonJS(http_promise_exports);
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
    return this.#raw.then((r) => onfulfilled ? onfulfilled(r.data) : r.data, onrejected);
  }
  /** Like `Promise.prototype.catch`, on the data. */
  catch(onrejected) {
    return this.then(void 0, onrejected);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HttpPromise
});
