/**
 * Every error the SDK throws. No message or field ever holds a request credential: request headers are never
 * stored, and URLs in messages have secret query parameter values replaced by `***`.
 */
import type { RawResponse } from "./types.js";

/**
 * Base class of every error thrown by the SDK. Constructor: `(message, { cause })`, as for `Error`
 * (ErrorOptions: Node 16.9+, every current browser, Deno and Bun).
 */
export class SdkError extends Error {
  override readonly name: string = "SdkError";
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
export class ApiError extends SdkError {
  override readonly name: string = "ApiError";
  /** HTTP status code. */
  declare readonly statusCode: number;
  /** Error body (see {@link ApiErrorInit.body}); generated subclasses may narrow it with `declare readonly body: T`. */
  declare readonly body: unknown;
  /** Status, headers and (redacted) URL of the response. */
  declare readonly rawResponse: RawResponse;
  /** Server request id, when the response carried one. */
  declare readonly requestId?: string;

  /** @param init - Status, body and raw response; the message is derived unless given. */
  constructor(init: ApiErrorInit) {
    const { statusCode, rawResponse, requestId, body } = init;
    const text = excerpt(body);
    super(
      init.message ??
        `Status ${statusCode}${rawResponse.statusText ? " " + rawResponse.statusText : ""}` +
          (requestId ? ` (request id ${requestId})` : "") +
          (text ? ": " + text : ""),
    );
    Object.assign(this, { statusCode, body, rawResponse, requestId });
  }
}

/** The request (one attempt: connect, headers and, for buffered responses, the body) exceeded its timeout. */
export class TimeoutError extends SdkError {
  override readonly name: string = "TimeoutError";
}

/** The connection failed: refused, reset (also mid-body), DNS failure… The original error is in `cause`. */
export class ConnectionError extends SdkError {
  override readonly name: string = "ConnectionError";
}

/** The caller aborted the request through `abortSignal` (before, during, or between attempts). */
export class AbortError extends SdkError {
  override readonly name: string = "AbortError";

  /** @param message - Defaults to "Request aborted". @param options - `cause`: the signal's reason. */
  constructor(message = "Request aborted", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A 2xx response whose body could not be used: malformed JSON, or empty when a body was required. */
export class ResponseError extends SdkError {
  override readonly name: string = "ResponseError";
  /** HTTP status code. */
  declare readonly statusCode: number;
  /** The body text as received. */
  declare readonly rawText: string;
  /** Status, headers and (redacted) URL of the response. */
  declare readonly rawResponse: RawResponse;

  /** @param init - The response facts (and the parse error as `cause`); the message is derived unless given. */
  constructor(init: { message?: string; statusCode: number; rawText: string; rawResponse: RawResponse; cause?: unknown }) {
    const { statusCode, rawText, rawResponse } = init;
    super(
      init.message ??
        (rawText.trim() ? `Malformed JSON in ${statusCode} response: ${excerpt(rawText)}` : `Empty body in ${statusCode} response`),
      init, // ErrorOptions: sets `cause` only when `init` has one
    );
    Object.assign(this, { statusCode, rawText, rawResponse });
  }
}

/** A short single-line rendering of a body for messages. */
function excerpt(body: unknown): string {
  let text = "";
  try {
    text = (typeof body === "string" ? body : JSON.stringify(body)) ?? "";
  } catch {
    // unserializable (cycles, BigInt): no excerpt
  }
  text = text.slice(0, 400).replace(/\s+/g, " ").trim();
  return text.length > 200 ? text.slice(0, 200) + "…" : text;
}
