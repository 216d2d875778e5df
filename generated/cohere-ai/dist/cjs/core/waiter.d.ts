/**
 * Waiters: poll an operation until a status field reaches a terminal value (`waitUntil…` methods of generated
 * resources). Web standards only (timers, AbortController); imported only by resources that have waiters.
 */
import { SdkError } from "./errors.js";
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
export declare class WaiterError extends SdkError {
    readonly name: string;
    /** The result of the last poll (`undefined` if no poll completed). */
    readonly result: unknown;
    /** The status of the last poll (`undefined` if no poll completed). */
    readonly status: unknown;
    /** @param message - The message. @param init - The last result and status, and the `cause`. */
    constructor(message: string, init: {
        result: unknown;
        status: unknown;
        cause?: unknown;
    });
}
/** The status reached one of the waiter's failure values (e.g. `failed`, `cancelled`). */
export declare class WaiterFailureError extends WaiterError {
    readonly name: string;
}
/** The status did not reach a terminal value within `timeoutInSeconds`. */
export declare class WaiterTimeoutError extends WaiterError {
    readonly name: string;
}
/**
 * Calls `poll` until `spec.status` of its result is a success value (resolves with that result) or a failure value
 * (throws {@link WaiterFailureError}), waiting `intervalInSeconds` × 1.5ⁿ (at most `maxIntervalInSeconds`) between
 * polls. Throws {@link WaiterTimeoutError} once `timeoutInSeconds` have passed, {@link AbortError} when
 * `abortSignal` fires, and whatever a poll throws (after that request's own retries).
 */
export declare function waitFor<T>(poll: (options: RequestOptions) => PromiseLike<T>, spec: WaiterSpec<T>, options?: WaitOptions<T>): Promise<T>;
