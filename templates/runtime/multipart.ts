/**
 * multipart/form-data encoding. Generated code passes {@link toFormData} in the request body
 * (`{ type: "multipart", parts, toFormData }`), so apps that never upload don't bundle this module.
 */
import { resolveFile } from "./file.js";
import type { FileInput, MultipartPart } from "./types.js";

/** Content types guessed from a filename extension when nothing better is known. */
const TYPES: Readonly<Record<string, string>> = {
  json: "application/json",
  jsonl: "application/jsonl",
  ndjson: "application/x-ndjson",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  txt: "text/plain",
  md: "text/markdown",
  html: "text/html",
  xml: "application/xml",
  pdf: "application/pdf",
  parquet: "application/vnd.apache.parquet",
  zip: "application/zip",
  gz: "application/gzip",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  mp4: "video/mp4",
};

/** The content type for a filename's extension (case-insensitive), or `undefined` if unknown. */
export function guessContentType(filename: string): string | undefined {
  const dot = filename.lastIndexOf(".");
  return dot < 0 ? undefined : TYPES[filename.slice(dot + 1).toLowerCase()];
}

/**
 * Builds the `FormData` for a multipart body.
 * - file / files: every file part gets a filename (wrapper's > File name > stream path basename > part name > "blob")
 *   and a content type (wrapper's > the part's declared single type > Blob type > guessed from the filename >
 *   application/octet-stream). Streams and async iterables are read into memory.
 * - field: strings/numbers/booleans as text, Dates as ISO 8601, objects as JSON; arrays repeat the field.
 * - json: one application/json part.
 * `undefined` and `null` values (and array items) are skipped.
 */
export async function toFormData(parts: readonly MultipartPart[]): Promise<FormData> {
  const form = new FormData();
  for (const part of parts) {
    const { name, value } = part;
    if (value == null) continue;
    const declared = part.contentType && !/[*,]/.test(part.contentType) ? part.contentType : undefined;
    if (part.kind === "file" || part.kind === "files") {
      const files = (part.kind === "files" ? part.value : [part.value]) as FileInput[];
      for (const input of files) {
        if (input == null) continue;
        const file = await resolveFile(input);
        const filename = file.filename || name || "blob";
        const type = file.contentType || declared || file.blob.type || guessContentType(filename) || "application/octet-stream";
        form.append(name, file.blob.type === type ? file.blob : new Blob([file.blob], { type }), filename);
      }
    } else if (part.kind === "json") {
      form.append(name, new Blob([JSON.stringify(value)], { type: declared ?? "application/json" }));
    } else {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item == null) continue;
        form.append(name, item instanceof Date ? item.toISOString() : typeof item === "object" ? JSON.stringify(item) : String(item));
      }
    }
  }
  return form;
}
