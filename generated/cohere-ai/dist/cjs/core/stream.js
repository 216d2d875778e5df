"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var stream_exports = {};
__export(stream_exports, {
  Stream: () => Stream,
  createStream: () => createStream,
  parseSSE: () => parseSSE,
  readLines: () => readLines
});
module.exports = __toCommonJS(stream_exports);
var import_errors = require("./errors.js");
class Stream {
  #source;
  #used = false;
  /** @param source - Produces the events; called once, on first iteration. */
  constructor(source) {
    this.#source = source;
  }
  /** The events with their SSE name and id: `for await (const { event, data, id } of stream.events())`. */
  events() {
    if (this.#used) throw new import_errors.SdkError("A stream can only be iterated once");
    this.#used = true;
    return this.#source();
  }
  /** Iterates the events' data. */
  async *[Symbol.asyncIterator]() {
    for await (const e of this.events()) yield e.data;
  }
}
function createStream(ctx) {
  const { response, rawResponse, parse, terminator } = ctx;
  const body = response.body ?? new Blob([]).stream();
  let closed = false;
  const close = () => {
    if (!closed) ctx.close();
    closed = true;
  };
  const translate = (e) => e instanceof import_errors.SdkError ? e : ctx.signal?.aborted ? new import_errors.AbortError(void 0, { cause: ctx.signal.reason }) : new import_errors.ConnectionError(`Stream interrupted: ${e?.message ?? e}`, { cause: e });
  if (ctx.responseType === "stream") {
    const reader = body.getReader();
    return new ReadableStream({
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
      }
    });
  }
  let mapperError;
  const decode = (text) => {
    let wire;
    try {
      wire = JSON.parse(text);
    } catch (cause) {
      throw new import_errors.ResponseError({
        message: `Malformed JSON in stream event: ${text.slice(0, 200)}`,
        statusCode: rawResponse.status,
        rawText: text,
        rawResponse,
        cause
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
          if (terminator !== void 0 && e.data === terminator) return;
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
async function* readLines(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const newline = /\r\n?|\n/g;
  let buffer = "";
  try {
    for (; ; ) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let start = 0;
      newline.lastIndex = 0;
      for (let m = newline.exec(buffer); m; m = newline.exec(buffer)) {
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
    reader.cancel().catch(() => {
    });
  }
}
async function* parseSSE(lines) {
  let data = [];
  let event = "";
  let id;
  let retry;
  const flush = () => {
    const e2 = data.length ? { event: event || "message", data: data.join("\n"), id, retry } : void 0;
    data = [];
    event = "";
    retry = void 0;
    return e2;
  };
  for await (const line of lines) {
    if (!line) {
      const e2 = flush();
      if (e2) yield e2;
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Stream,
  createStream,
  parseSSE,
  readLines
});
