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
var waiter_exports = {};
__export(waiter_exports, {
  WaiterError: () => WaiterError,
  WaiterFailureError: () => WaiterFailureError,
  WaiterTimeoutError: () => WaiterTimeoutError,
  waitFor: () => waitFor
});
module.exports = __toCommonJS(waiter_exports);
var import_errors = require("./errors.js");
var import_retry = require("./retry.js");
class WaiterError extends import_errors.SdkError {
  name = "WaiterError";
  /** @param message - The message. @param init - The last result and status, and the `cause`. */
  constructor(message, init) {
    super(message, "cause" in init ? { cause: init.cause } : void 0);
    Object.assign(this, { result: init.result, status: init.status });
  }
}
class WaiterFailureError extends WaiterError {
  name = "WaiterFailureError";
}
class WaiterTimeoutError extends WaiterError {
  name = "WaiterTimeoutError";
}
async function waitFor(poll, spec, options = {}) {
  const timeoutMs = (options.timeoutInSeconds ?? spec.timeoutInSeconds) * 1e3;
  let delay = Math.max(0, (options.intervalInSeconds ?? spec.intervalInSeconds) * 1e3);
  const maxDelay = Math.max(delay, (options.maxIntervalInSeconds ?? spec.maxIntervalInSeconds) * 1e3);
  const signal = options.abortSignal;
  if (signal?.aborted) throw new import_errors.AbortError(void 0, { cause: signal.reason });
  const controller = new AbortController();
  const deadline = Date.now() + timeoutMs;
  let timedOut = false;
  const timer = timeoutMs < 2 ** 31 - 1 ? setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    Math.max(0, timeoutMs)
  ) : void 0;
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", abort);
  let result;
  let status;
  const end = (Class, message, cause) => new Class(`${spec.name}: ${message}`, { result, status, ...cause !== void 0 ? { cause } : {} });
  try {
    for (; ; ) {
      result = await poll({ ...options.requestOptions, abortSignal: controller.signal });
      status = spec.status(result);
      options.onPoll?.(result);
      if (spec.success.includes(status)) return result;
      if (spec.failure.includes(status)) throw end(WaiterFailureError, `status is ${JSON.stringify(status)}`);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw end(WaiterTimeoutError, timeoutMessage(timeoutMs, status));
      await (0, import_retry.sleep)(Math.min(delay, remaining), controller.signal);
      delay = Math.min(delay * 1.5, maxDelay);
    }
  } catch (e) {
    if (timedOut && !(e instanceof WaiterError)) throw end(WaiterTimeoutError, timeoutMessage(timeoutMs, status), e);
    if (signal?.aborted && !(e instanceof import_errors.AbortError)) throw new import_errors.AbortError(void 0, { cause: signal.reason });
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}
function timeoutMessage(ms, status) {
  return `no terminal status after ${ms / 1e3} s${status === void 0 ? "" : ` (last status ${JSON.stringify(status)})`}`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  WaiterError,
  WaiterFailureError,
  WaiterTimeoutError,
  waitFor
});
