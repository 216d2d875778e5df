/** Normalizes every accepted file input into a Blob (used by binary bodies and multipart.ts). */
import type { FileInput } from "./types.js";

/** A file input read into memory, with what it told us about itself. */
export interface ResolvedFile {
  /** The bytes (a Blob can be sent any number of times, so retries can replay it). */
  blob: Blob;
  /** From the `{ filename }` wrapper, a File's name, or a Node stream's `path` basename. */
  filename?: string | undefined;
  /** From the `{ contentType }` wrapper only (the Blob's own type is in `blob.type`). */
  contentType?: string | undefined;
}

/** Any non-null object, for duck typing. */
type Obj = Record<PropertyKey, any>;

/**
 * Reads a {@link FileInput} into a Blob: Blob/File as-is; ArrayBuffer and typed arrays (Node Buffers included) wrapped;
 * web `ReadableStream`s, Node readable streams (e.g. `fs.createReadStream`) and other async iterables of chunks
 * buffered; `{ data, filename, contentType }` unwrapped. Streams are detected by duck typing.
 */
export async function resolveFile(input: FileInput): Promise<ResolvedFile> {
  const x = input as Obj;
  if (isWrapper(x)) {
    const inner = await resolveFile(x.data);
    return { blob: inner.blob, filename: x.filename ?? inner.filename, contentType: x.contentType };
  }
  if (typeof Blob !== "undefined" && x instanceof Blob) {
    const name = (x as Obj).name;
    return { blob: x, filename: typeof name === "string" && name ? name : undefined };
  }
  if (x instanceof ArrayBuffer || ArrayBuffer.isView(x)) return { blob: new Blob([x as BlobPart]) };
  if (typeof x.getReader === "function") return { blob: await new Response(x as ReadableStream).blob() };
  if (typeof x[Symbol.asyncIterator] === "function") {
    const chunks: BlobPart[] = [];
    for await (const chunk of x as AsyncIterable<BlobPart>) chunks.push(chunk);
    const path = x.path;
    return {
      blob: new Blob(chunks),
      filename: typeof path === "string" ? path.split(/[\\/]/).pop() || undefined : undefined,
    };
  }
  throw new TypeError("Unsupported file input: expected a Blob, bytes, a stream or { data }");
}

/** The `{ data, filename?, contentType? }` wrapper (and not a stream or Blob that happens to have `data`). */
function isWrapper(x: Obj): x is { data: FileInput; filename?: string; contentType?: string } {
  return (
    typeof x === "object" &&
    x !== null &&
    "data" in x &&
    typeof x.getReader !== "function" &&
    typeof x[Symbol.asyncIterator] !== "function" &&
    !(typeof Blob !== "undefined" && x instanceof Blob)
  );
}
