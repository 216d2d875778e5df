import type { MultipartPart } from "./types.js";
/** The content type for a filename's extension (case-insensitive), or `undefined` if unknown. */
export declare function guessContentType(filename: string): string | undefined;
/**
 * Builds the `FormData` for a multipart body.
 * - file / files: every file part gets a filename (wrapper's > File name > stream path basename > part name > "blob")
 *   and a content type (wrapper's > the part's declared single type > Blob type > guessed from the filename >
 *   application/octet-stream). Streams and async iterables are read into memory.
 * - field: strings/numbers/booleans as text, Dates as ISO 8601, objects as JSON; arrays repeat the field.
 * - json: one application/json part.
 * `undefined` and `null` values (and array items) are skipped.
 */
export declare function toFormData(parts: readonly MultipartPart[]): Promise<FormData>;
