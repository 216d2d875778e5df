/**
 * Streaming responses: Server-Sent Events (`text/event-stream`), NDJSON, and raw byte streams.
 * Generated code passes {@link createStream} as `RequestSpec.stream`; `request()` then resolves to a {@link Stream}.
 */
import { AbortError, ConnectionError, ResponseError, SdkError } from "./errors.js";
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
export class Stream<T> implements AsyncIterable<T> {
  readonly #source: () => AsyncIterable<StreamEvent<T>>;
  #used = false;

  /** @param source - Produces the events; called once, on first iteration. */
  constructor(source: () => AsyncIterable<StreamEvent<T>>) {
    this.#source = source;
  }

  /** The events with their SSE name and id: `for await (const { event, data, id } of stream.events())`. */
  events(): AsyncIterable<StreamEvent<T>> {
    if (this.#used) throw new SdkError("A stream can only be iterated once");
    this.#used = true;
    return this.#source();
  }

  /** Iterates the events' data. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const e of this.events()) yield e.data;
  }
}

/**
 * The {@link StreamFactory} to pass as `RequestSpec.stream`: a {@link Stream} for `sse` / `ndjson`, and for `stream`
 * the body as a `ReadableStream<Uint8Array>` that reports `ConnectionError` / `AbortError` and cleans up when done.
 */
export function createStream(ctx: StreamContext): Stream<unknown> | ReadableStream<Uint8Array> {
  const { response, rawResponse, parse, terminator } = ctx;
  const body = response.body ?? new Blob([]).stream();
  let closed = false;
  const close = (): void => {
    if (!closed) ctx.close();
    closed = true;
  };
  const translate = (e: unknown): unknown =>
    e instanceof SdkError
      ? e
      : ctx.signal?.aborted
        ? new AbortError(undefined, { cause: ctx.signal.reason })
        : new ConnectionError(`Stream interrupted: ${(e as Error)?.message ?? e}`, { cause: e });

  if (ctx.responseType === "stream") {
    const reader = body.getReader();
    return new ReadableStream<Uint8Array>({
      async pull(c) {
        try {
          const r = await reader.read();
          if (r.done) {
            close();
            c.close();
          } else c.enqueue(r.value);
        } catch (e) {
          close();
          c.error(translate(e));
        }
      },
      cancel(why) {
        close();
        return reader.cancel(why);
      },
    });
  }

  let mapperError: unknown; // thrown by `parse`: propagated as-is, not mistaken for a network failure
  const decode = (text: string): unknown => {
    let wire: unknown;
    try {
      wire = JSON.parse(text);
    } catch (cause) {
      throw new ResponseError({
        message: `Malformed JSON in stream event: ${text.slice(0, 200)}`,
        statusCode: rawResponse.status,
        rawText: text,
        rawResponse,
        cause,
      });
    }
    try {
      return parse ? parse(wire, rawResponse.status) : wire;
    } catch (e) {
      mapperError = e;
      throw e;
    }
  };
  const sse = ctx.responseType === "sse";

  return new Stream(async function* () {
    try {
      if (sse) {
        for await (const e of parseSSE(readLines(body))) {
          if (terminator !== undefined && e.data === terminator) return;
          yield { event: e.event, data: decode(e.data), id: e.id };
        }
      } else {
        for await (const line of readLines(body)) {
          if (line.trim()) yield { event: "message", data: decode(line) };
        }
      }
    } catch (e) {
      throw e === mapperError ? e : translate(e);
    } finally {
      close();
    }
  });
}

/**
 * Splits a byte stream into lines ("\n", "\r\n" or "\r"), decoding UTF-8 safely across chunk boundaries.
 * Returning early (break) cancels the stream, which closes the connection.
 */
export async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const newline = /\r\n?|\n/g;
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let start = 0;
      newline.lastIndex = 0;
      for (let m = newline.exec(buffer); m; m = newline.exec(buffer)) {
        // A trailing "\r" may be the first half of "\r\n": wait for the next chunk.
        if (!done && m[0] === "\r" && m.index === buffer.length - 1) break;
        const line = buffer.slice(start, m.index);
        start = newline.lastIndex;
        yield line;
      }
      buffer = buffer.slice(start);
      if (done) {
        if (buffer) yield buffer;
        return;
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/**
 * Parses Server-Sent Events from lines (per the WHATWG HTML spec: `data` lines joined with "\n", `event`, `id`,
 * `retry`, ":" comments ignored, events without data not dispatched). An event left open at the end is dispatched.
 */
export async function* parseSSE(lines: AsyncIterable<string>): AsyncGenerator<ServerSentEvent> {
  let data: string[] = [];
  let event = "";
  let id: string | undefined;
  let retry: number | undefined;
  const flush = (): ServerSentEvent | undefined => {
    const e = data.length ? { event: event || "message", data: data.join("\n"), id, retry } : undefined;
    data = [];
    event = "";
    retry = undefined;
    return e;
  };
  for await (const line of lines) {
    if (!line) {
      const e = flush();
      if (e) yield e;
      continue;
    }
    if (line[0] === ":") continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value[0] === " ") value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
    else if (field === "id" && !value.includes("\0")) id = value;
    else if (field === "retry" && /^\d+$/.test(value)) retry = +value;
  }
  const e = flush();
  if (e) yield e;
}
