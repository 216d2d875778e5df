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
var retry_exports = {};
__export(retry_exports, {
  MAX_RETRY_AFTER_MS: () => MAX_RETRY_AFTER_MS,
  backoffMs: () => backoffMs,
  isRetryableStatus: () => isRetryableStatus,
  retryAfterMs: () => retryAfterMs,
  retryDelayMs: () => retryDelayMs,
  sleep: () => sleep
});
module.exports = __toCommonJS(retry_exports);
var import_errors = require("./errors.js");
const MAX_RETRY_AFTER_MS = 6e4;
function isRetryableStatus(status) {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
function backoffMs(attempt, random = Math.random) {
  return Math.min(500 * 2 ** attempt, 8e3) * (1 - 0.25 * random());
}
const NUMBER = /^\s*\d+(\.\d+)?\s*$/;
function retryAfterMs(headers, now = Date.now()) {
  const ms = headers.get("retry-after-ms") ?? "";
  const after = headers.get("retry-after") ?? "";
  let delay = NUMBER.test(ms) ? +ms : NUMBER.test(after) ? +after * 1e3 : NaN;
  if (Number.isNaN(delay) && /[a-z]/i.test(after)) delay = Math.max(0, Date.parse(after) - now);
  return delay <= MAX_RETRY_AFTER_MS ? delay : void 0;
}
function retryDelayMs(attempt, headers) {
  return (headers && retryAfterMs(headers)) ?? backoffMs(attempt);
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new import_errors.AbortError(void 0, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_RETRY_AFTER_MS,
  backoffMs,
  isRetryableStatus,
  retryAfterMs,
  retryDelayMs,
  sleep
});
