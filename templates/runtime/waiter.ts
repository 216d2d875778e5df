/**
 * Waiters: poll an operation until a status field reaches a terminal value (`waitUntil…` methods of generated
 * resources). Web standards only (timers, AbortController); imported only by resources that have waiters.
 */
import { AbortError, SdkError } from "./errors.js";
import { sleep } from "./retry.js";
import type { RequestOptions } from "./types.js";

/** Per-call options of a waiter. Every field is optional; the defaults come from the generator config. */
export interface WaitOptions<T = unknown> {
  /** Give up after this many seconds with a `WaiterTimeoutError` (`Infinity`: never). The in-flight poll is cancelled. */
  timeoutInSeconds?: number;
  /** Delay before the second poll, in seconds; each later delay is 1.5 times the previous one, up to `maxIntervalInSeconds`. */
  intervalInSeconds?: number;
  /** Longest delay between two polls, in seconds. */
  maxIntervalInSeconds?: number;
  /** Stops waiting (and cancels the in-flight poll) with an `AbortError`. */
  abortSignal?: AbortSignal;
  /** Options of every poll request (timeout, retries, headers); the waiter sets `abortSignal` itself. */
  requestOptions?: Omit<RequestOptions, "abortSignal">;
  /** Called with the result of every poll, terminal or not (e.g. to report progress). */
  onPoll?: (result: T) => void;
}

/** What a generated waiter knows: where the status is and which values end the wait. */
export interface WaiterSpec<T> {
  /** `<resource>.<method>`, for messages. */
  name: string;
  /** Reads the status from a poll result. */
  status: (result: T) => unknown;
  /** Values that end the wait successfully: the waiter resolves with that result. */
  success: readonly unknown[];
  /** Values that end the wait in failure: the waiter throws `WaiterFailureError`. */
  failure: readonly unknown[];
  /** Defaults of {@link WaitOptions}. */
  timeoutInSeconds: number;
  intervalInSeconds: number;
  maxIntervalInSeconds: number;
}

/** Base class of the waiter errors: carries the last poll result and its status. */
export class WaiterError extends SdkError {
  override readonly name: string = "WaiterError";
  /** The result of the last poll (`undefined` if no poll completed). */
  declare readonly result: unknown;
  /** The status of the last poll (`undefined` if no poll completed). */
  declare readonly status: unknown;

  /** @param message - The message. @param init - The last result and status, and the `cause`. */
  constructor(message: string, init: { result: unknown; status: unknown; cause?: unknown }) {
    super(message, "cause" in init ? { cause: init.cause } : undefined);
    Object.assign(this, { result: init.result, status: init.status });
  }
}

/** The status reached one of the waiter's failure values (e.g. `failed`, `cancelled`). */
export class WaiterFailureError extends WaiterError {
  override readonly name: string = "WaiterFailureError";
}

/** The status did not reach a terminal value within `timeoutInSeconds`. */
export class WaiterTimeoutError extends WaiterError {
  override readonly name: string = "WaiterTimeoutError";
}

/**
 * Calls `poll` until `spec.status` of its result is a success value (resolves with that result) or a failure value
 * (throws {@link WaiterFailureError}), waiting `intervalInSeconds` × 1.5ⁿ (at most `maxIntervalInSeconds`) between
 * polls. Throws {@link WaiterTimeoutError} once `timeoutInSeconds` have passed, {@link AbortError} when
 * `abortSignal` fires, and whatever a poll throws (after that request's own retries).
 */
export async function waitFor<T>(
  poll: (options: RequestOptions) => PromiseLike<T>,
  spec: WaiterSpec<T>,
  options: WaitOptions<T> = {},
): Promise<T> {
  const timeoutMs = (options.timeoutInSeconds ?? spec.timeoutInSeconds) * 1000;
  let delay = Math.max(0, (options.intervalInSeconds ?? spec.intervalInSeconds) * 1000);
  const maxDelay = Math.max(delay, (options.maxIntervalInSeconds ?? spec.maxIntervalInSeconds) * 1000);
  const signal = options.abortSignal;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  // One signal for the polls and sleeps: fires on the caller's abort or at the deadline.
  const controller = new AbortController();
  const deadline = Date.now() + timeoutMs;
  let timedOut = false;
  const timer =
    timeoutMs < 2 ** 31 - 1
      ? setTimeout(
          () => {
            timedOut = true;
            controller.abort();
          },
          Math.max(0, timeoutMs),
        )
      : undefined;
  const abort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener("abort", abort);
  let result: T | undefined;
  let status: unknown;
  const end = (Class: typeof WaiterError, message: string, cause?: unknown): WaiterError =>
    new Class(`${spec.name}: ${message}`, { result, status, ...(cause !== undefined ? { cause } : {}) });
  try {
    for (;;) {
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
    if (signal?.aborted && !(e instanceof AbortError)) throw new AbortError(undefined, { cause: signal.reason });
    throw e;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

function timeoutMessage(ms: number, status: unknown): string {
  return `no terminal status after ${ms / 1000} s${status === undefined ? "" : ` (last status ${JSON.stringify(status)})`}`;
}
