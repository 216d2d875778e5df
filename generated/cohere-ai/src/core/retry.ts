/** Retry policy: which failures retry, how long to wait, and an abortable sleep. */
import { AbortError } from "./errors.js";

/** Longest server-requested delay honoured (`Retry-After`, `retry-after-ms`); longer requests fall back to the backoff. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** True for statuses worth retrying: 408, 409, 429 and every 5xx. (Connection failures retry too; timeouts do not.) */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Exponential backoff before retry number `attempt` (0-based): min(0.5 s · 2^attempt, 8 s), times a jitter in 0.75..1. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.min(500 * 2 ** attempt, 8000) * (1 - 0.25 * random());
}

/** A non-negative decimal number of seconds or milliseconds, as `Retry-After` and `retry-after-ms` carry. */
const NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/**
 * The delay the server asked for, in ms: `retry-after-ms` (milliseconds), else `Retry-After` (delta seconds or an
 * HTTP date). `undefined` when absent, invalid, negative, or above {@link MAX_RETRY_AFTER_MS}. A past date gives 0.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms") ?? "";
  const after = headers.get("retry-after") ?? "";
  let delay = NUMBER.test(ms) ? +ms : NUMBER.test(after) ? +after * 1000 : NaN;
  // Else an HTTP date, which has letters (day, month, GMT): Date.parse alone would accept "-1" or "7".
  if (Number.isNaN(delay) && /[a-z]/i.test(after)) delay = Math.max(0, Date.parse(after) - now);
  return delay <= MAX_RETRY_AFTER_MS ? delay : undefined; // false for NaN (absent or invalid)
}

/** How long to wait before retry number `attempt` (0-based): the server's request when usable, else {@link backoffMs}. */
export function retryDelayMs(attempt: number, headers?: Headers): number {
  return (headers && retryAfterMs(headers)) ?? backoffMs(attempt);
}

/** Resolves after `ms`; rejects with `AbortError` as soon as `signal` aborts. The timer is always cleared. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = (): void => {
      clearTimeout(timer);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
  });
}
