/**
 * Every error the SDK throws. No message or field ever holds a request credential: request headers are never
 * stored, and URLs in messages have secret query parameter values replaced by `***`.
 */
import type { RawResponse } from "./types.js";
/**
 * Base class of every error thrown by the SDK. Constructor: `(message, { cause })`, as for `Error`
 * (ErrorOptions: Node 16.9+, every current browser, Deno and Bun).
 */
export declare class SdkError extends Error {
    readonly name: string;
}
/** Constructor argument of {@link ApiError} and of every generated API error class. */
export interface ApiErrorInit {
    /** Overrides the generated message. */
    message?: string;
    /** HTTP status code of the response. */
    statusCode: number;
    /** Error body: parsed JSON (mapped when a parser exists), else the text, `undefined` if empty. */
    body: unknown;
    /** Status, headers and (redacted) URL of the response. */
    rawResponse: RawResponse;
    /** From the `x-request-id` / `request-id` response header. */
    requestId?: string | undefined;
}
/**
 * A non-2xx response. Generated code subclasses it per API and per status:
 * `class CohereError extends ApiError { override readonly name: string = "CohereError" }`.
 */
export declare class ApiError extends SdkError {
    readonly name: string;
    /** HTTP status code. */
    readonly statusCode: number;
    /** Error body (see {@link ApiErrorInit.body}); generated subclasses may narrow it with `declare readonly body: T`. */
    readonly body: unknown;
    /** Status, headers and (redacted) URL of the response. */
    readonly rawResponse: RawResponse;
    /** Server request id, when the response carried one. */
    readonly requestId?: string;
    /** @param init - Status, body and raw response; the message is derived unless given. */
    constructor(init: ApiErrorInit);
}
/** The request (one attempt: connect, headers and, for buffered responses, the body) exceeded its timeout. */
export declare class TimeoutError extends SdkError {
    readonly name: string;
}
/** The connection failed: refused, reset (also mid-body), DNS failure… The original error is in `cause`. */
export declare class ConnectionError extends SdkError {
    readonly name: string;
}
/** The caller aborted the request through `abortSignal` (before, during, or between attempts). */
export declare class AbortError extends SdkError {
    readonly name: string;
    /** @param message - Defaults to "Request aborted". @param options - `cause`: the signal's reason. */
    constructor(message?: string, options?: {
        cause?: unknown;
    });
}
/** A 2xx response whose body could not be used: malformed JSON, or empty when a body was required. */
export declare class ResponseError extends SdkError {
    readonly name: string;
    /** HTTP status code. */
    readonly statusCode: number;
    /** The body text as received. */
    readonly rawText: string;
    /** Status, headers and (redacted) URL of the response. */
    readonly rawResponse: RawResponse;
    /** @param init - The response facts (and the parse error as `cause`); the message is derived unless given. */
    constructor(init: {
        message?: string;
        statusCode: number;
        rawText: string;
        rawResponse: RawResponse;
        cause?: unknown;
    });
}
