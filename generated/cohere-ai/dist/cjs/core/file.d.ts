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
/**
 * Reads a {@link FileInput} into a Blob: Blob/File as-is; ArrayBuffer and typed arrays (Node Buffers included) wrapped;
 * web `ReadableStream`s, Node readable streams (e.g. `fs.createReadStream`) and other async iterables of chunks
 * buffered; `{ data, filename, contentType }` unwrapped. Streams are detected by duck typing.
 */
export declare function resolveFile(input: FileInput): Promise<ResolvedFile>;
