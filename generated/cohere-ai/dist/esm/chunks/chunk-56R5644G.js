import {
  AbortError,
  SdkError,
  sleep
} from "./chunk-BVSPRZ5J.js";

// mem:/core/waiter.js
var WaiterError = class extends SdkError {
  name = "WaiterError";
  /** @param message - The message. @param init - The last result and status, and the `cause`. */
  constructor(message, init) {
    super(message, "cause" in init ? { cause: init.cause } : void 0);
    Object.assign(this, { result: init.result, status: init.status });
  }
};
var WaiterFailureError = class extends WaiterError {
  name = "WaiterFailureError";
};
var WaiterTimeoutError = class extends WaiterError {
  name = "WaiterTimeoutError";
};
async function waitFor(poll, spec, options = {}) {
  const timeoutMs = (options.timeoutInSeconds ?? spec.timeoutInSeconds) * 1e3;
  let delay = Math.max(0, (options.intervalInSeconds ?? spec.intervalInSeconds) * 1e3);
  const maxDelay = Math.max(delay, (options.maxIntervalInSeconds ?? spec.maxIntervalInSeconds) * 1e3);
  const signal = options.abortSignal;
  if (signal?.aborted) throw new AbortError(void 0, { cause: signal.reason });
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
      await sleep(Math.min(delay, remaining), controller.signal);
      delay = Math.min(delay * 1.5, maxDelay);
    }
  } catch (e) {
    if (timedOut && !(e instanceof WaiterError)) throw end(WaiterTimeoutError, timeoutMessage(timeoutMs, status), e);
    if (signal?.aborted && !(e instanceof AbortError)) throw new AbortError(void 0, { cause: signal.reason });
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}
function timeoutMessage(ms, status) {
  return `no terminal status after ${ms / 1e3} s${status === void 0 ? "" : ` (last status ${JSON.stringify(status)})`}`;
}

export {
  WaiterError,
  WaiterFailureError,
  WaiterTimeoutError,
  waitFor
};
