"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ResponseError = exports.AbortError = exports.ConnectionError = exports.TimeoutError = exports.ApiError = exports.SdkError = void 0;
/**
 * Base class of every error thrown by the SDK. Constructor: `(message, { cause })`, as for `Error`
 * (ErrorOptions: Node 16.9+, every current browser, Deno and Bun).
 */
class SdkError extends Error {
    name = "SdkError";
}
exports.SdkError = SdkError;
/**
 * A non-2xx response. Generated code subclasses it per API and per status:
 * `class CohereError extends ApiError { override readonly name: string = "CohereError" }`.
 */
class ApiError extends SdkError {
    name = "ApiError";
    /** @param init - Status, body and raw response; the message is derived unless given. */
    constructor(init) {
        const { statusCode, rawResponse, requestId, body } = init;
        const text = excerpt(body);
        super(init.message ??
            `Status ${statusCode}${rawResponse.statusText ? " " + rawResponse.statusText : ""}` +
                (requestId ? ` (request id ${requestId})` : "") +
                (text ? ": " + text : ""));
        Object.assign(this, { statusCode, body, rawResponse, requestId });
    }
}
exports.ApiError = ApiError;
/** The request (one attempt: connect, headers and, for buffered responses, the body) exceeded its timeout. */
class TimeoutError extends SdkError {
    name = "TimeoutError";
}
exports.TimeoutError = TimeoutError;
/** The connection failed: refused, reset (also mid-body), DNS failure… The original error is in `cause`. */
class ConnectionError extends SdkError {
    name = "ConnectionError";
}
exports.ConnectionError = ConnectionError;
/** The caller aborted the request through `abortSignal` (before, during, or between attempts). */
class AbortError extends SdkError {
    name = "AbortError";
    /** @param message - Defaults to "Request aborted". @param options - `cause`: the signal's reason. */
    constructor(message = "Request aborted", options) {
        super(message, options);
    }
}
exports.AbortError = AbortError;
/** A 2xx response whose body could not be used: malformed JSON, or empty when a body was required. */
class ResponseError extends SdkError {
    name = "ResponseError";
    /** @param init - The response facts (and the parse error as `cause`); the message is derived unless given. */
    constructor(init) {
        const { statusCode, rawText, rawResponse } = init;
        super(init.message ??
            (rawText.trim()
                ? `Malformed JSON in ${statusCode} response: ${excerpt(rawText)}`
                : `Empty body in ${statusCode} response`), init);
        Object.assign(this, { statusCode, rawText, rawResponse });
    }
}
exports.ResponseError = ResponseError;
/** A short single-line rendering of a body for messages. */
function excerpt(body) {
    let text = "";
    try {
        text = (typeof body === "string" ? body : JSON.stringify(body)) ?? "";
    }
    catch {
        // unserializable (cycles, BigInt): no excerpt
    }
    text = text.slice(0, 400).replace(/\s+/g, " ").trim();
    return text.length > 200 ? text.slice(0, 200) + "…" : text;
}
