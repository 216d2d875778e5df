/**
 * The text of a spec file. OpenAPI documents are UTF-8 (a BOM is dropped by the parser); a UTF-16 file (with its
 * BOM) is decoded as such, and bytes that are not UTF-8 are read as U+FFFD with a warning at the first line that
 * holds one, so a mis-encoded description is reported instead of silently changing the generated docs.
 */
import { readFileSync } from "node:fs";
import type { Diagnostics } from "../diagnostics.js";

export function readSpecText(path: string, file: string, diagnostics: Diagnostics): string {
  const bytes = readFileSync(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.split("\n");
    const bad = lines.findIndex((l) => l.includes("\uFFFD"));
    const count = (text.match(/\uFFFD/g) ?? []).length;
    diagnostics.warn(
      "load/encoding",
      { file, pointer: "", line: bad + 1 },
      `not valid UTF-8: ${count} byte sequence(s) read as U+FFFD (first on this line); save the file as UTF-8`,
    );
    return text;
  }
}
