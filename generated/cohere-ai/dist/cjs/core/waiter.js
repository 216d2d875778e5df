"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WaiterTimeoutError = exports.WaiterFailureError = exports.WaiterError = void 0;
exports.waitFor = waitFor;
/**
 * Waiters: poll an operation until a status field reaches a terminal value (`waitUntil…` methods of generated
 * resources). Web standards only (timers, AbortController); imported only by resources that have waiters.
 */
const errors_js_1 = require("./errors.js");
const retry_js_1 = require("./retry.js");
/** Base class of the waiter errors: carries the last poll result and its status. */
class WaiterError extends errors_js_1.SdkError {
    name = "WaiterError";
    /** @param message - The message. @param init - The last result and status, and the `cause`. */
    constructor(message, init) {
        super(message, "cause" in init ? { cause: init.cause } : undefined);
        Object.assign(this, { result: init.result, status: init.status });
    }
}
exports.WaiterError = WaiterError;
/** The status reached one of the waiter's failure values (e.g. `failed`, `cancelled`). */
class WaiterFailureError extends WaiterError {
    name = "WaiterFailureError";
}
exports.WaiterFailureError = WaiterFailureError;
/** The status did not reach a terminal value within `timeoutInSeconds`. */
class WaiterTimeoutError extends WaiterError {
    name = "WaiterTimeoutError";
}
exports.WaiterTimeoutError = WaiterTimeoutError;
/**
 * Calls `poll` until `spec.status` of its result is a success value (resolves with that result) or a failure value
 * (throws {@link WaiterFailureError}), waiting `intervalInSeconds` × 1.5ⁿ (at most `maxIntervalInSeconds`) between
 * polls. Throws {@link WaiterTimeoutError} once `timeoutInSeconds` have passed, {@link AbortError} when
 * `abortSignal` fires, and whatever a poll throws (after that request's own retries).
 */
async function waitFor(poll, spec, options = {}) {
    const timeoutMs = (options.timeoutInSeconds ?? spec.timeoutInSeconds) * 1000;
    let delay = Math.max(0, (options.intervalInSeconds ?? spec.intervalInSeconds) * 1000);
    const maxDelay = Math.max(delay, (options.maxIntervalInSeconds ?? spec.maxIntervalInSeconds) * 1000);
    const signal = options.abortSignal;
    if (signal?.aborted)
        throw new errors_js_1.AbortError(undefined, { cause: signal.reason });
    // One signal for the polls and sleeps: fires on the caller's abort or at the deadline.
    const controller = new AbortController();
    const deadline = Date.now() + timeoutMs;
    let timedOut = false;
    const timer = timeoutMs < 2 ** 31 - 1
        ? setTimeout(() => ((timedOut = true), controller.abort()), Math.max(0, timeoutMs))
        : undefined;
    const abort = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", abort);
    let result;
    let status;
    const end = (Class, message, cause) => new Class(`${spec.name}: ${message}`, { result, status, ...(cause !== undefined ? { cause } : {}) });
    try {
        for (;;) {
            result = await poll({ ...options.requestOptions, abortSignal: controller.signal });
            status = spec.status(result);
            options.onPoll?.(result);
            if (spec.success.includes(status))
                return result;
            if (spec.failure.includes(status))
                throw end(WaiterFailureError, `status is ${JSON.stringify(status)}`);
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                throw end(WaiterTimeoutError, timeoutMessage(timeoutMs, status));
            await (0, retry_js_1.sleep)(Math.min(delay, remaining), controller.signal);
            delay = Math.min(delay * 1.5, maxDelay);
        }
    }
    catch (e) {
        if (timedOut && !(e instanceof WaiterError))
            throw end(WaiterTimeoutError, timeoutMessage(timeoutMs, status), e);
        if (signal?.aborted && !(e instanceof errors_js_1.AbortError))
            throw new errors_js_1.AbortError(undefined, { cause: signal.reason });
        throw e;
    }
    finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
    }
}
function timeoutMessage(ms, status) {
    return `no terminal status after ${ms / 1000} s${status === undefined ? "" : ` (last status ${JSON.stringify(status)})`}`;
}
