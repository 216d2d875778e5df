/** Longest server-requested delay honoured (`Retry-After`, `retry-after-ms`); longer requests fall back to the backoff. */
export declare const MAX_RETRY_AFTER_MS = 60000;
/** True for statuses worth retrying: 408, 409, 429 and every 5xx. (Connection failures retry too; timeouts do not.) */
export declare function isRetryableStatus(status: number): boolean;
/** Exponential backoff before retry number `attempt` (0-based): min(0.5 s · 2^attempt, 8 s), times a jitter in 0.75..1. */
export declare function backoffMs(attempt: number, random?: () => number): number;
/**
 * The delay the server asked for, in ms: `retry-after-ms` (milliseconds), else `Retry-After` (delta seconds or an
 * HTTP date). `undefined` when absent, invalid, negative, or above {@link MAX_RETRY_AFTER_MS}. A past date gives 0.
 */
export declare function retryAfterMs(headers: Headers, now?: number): number | undefined;
/** How long to wait before retry number `attempt` (0-based): the server's request when usable, else {@link backoffMs}. */
export declare function retryDelayMs(attempt: number, headers?: Headers): number;
/** Resolves after `ms`; rejects with `AbortError` as soon as `signal` aborts. The timer is always cleared. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
