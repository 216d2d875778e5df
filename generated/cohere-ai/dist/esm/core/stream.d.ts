import type { StreamContext } from "./types.js";
/** One Server-Sent Event as received: `data` lines joined with "\n". */
export interface ServerSentEvent {
    /** The `event:` field, "message" when absent. */
    event: string;
    /** The `data:` lines joined with "\n". */
    data: string;
    /** The last `id:` seen on the stream, if any. */
    id?: string | undefined;
    /** The `retry:` field of this event, in ms, if any. */
    retry?: number | undefined;
}
/** A parsed stream event with its metadata. For NDJSON, `event` is always "message". */
export interface StreamEvent<T> {
    /** The SSE event name ("message" by default). */
    event: string;
    /** The JSON-parsed (and mapped) data. */
    data: T;
    /** The SSE last event id, if any. */
    id?: string | undefined;
}
/**
 * An async iterable of typed events: `for await (const chunk of stream)`. Use {@link Stream.events} for the
 * event names and ids. A stream can be iterated once. Breaking out of the loop, reaching the terminator
 * (e.g. "[DONE]") or aborting the request closes the connection. Errors while reading are `ConnectionError`
 * (or `AbortError` after the caller aborted); a payload that is not JSON is a `ResponseError`.
 * A stream that is never iterated keeps its connection open until the server ends it or the request is aborted.
 */
export declare class Stream<T> implements AsyncIterable<T> {
    #private;
    /** @param source - Produces the events; called once, on first iteration. */
    constructor(source: () => AsyncIterable<StreamEvent<T>>);
    /** The events with their SSE name and id: `for await (const { event, data, id } of stream.events())`. */
    events(): AsyncIterable<StreamEvent<T>>;
    /** Iterates the events' data. */
    [Symbol.asyncIterator](): AsyncIterator<T>;
}
/**
 * The {@link StreamFactory} to pass as `RequestSpec.stream`: a {@link Stream} for `sse` / `ndjson`, and for `stream`
 * the body as a `ReadableStream<Uint8Array>` that reports `ConnectionError` / `AbortError` and cleans up when done.
 */
export declare function createStream(ctx: StreamContext): Stream<unknown> | ReadableStream<Uint8Array>;
/**
 * Splits a byte stream into lines ("\n", "\r\n" or "\r"), decoding UTF-8 safely across chunk boundaries.
 * Returning early (break) cancels the stream, which closes the connection.
 */
export declare function readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string>;
/**
 * Parses Server-Sent Events from lines (per the WHATWG HTML spec: `data` lines joined with "\n", `event`, `id`,
 * `retry`, ":" comments ignored, events without data not dispatched). An event left open at the end is dispatched.
 */
export declare function parseSSE(lines: AsyncIterable<string>): AsyncGenerator<ServerSentEvent>;
