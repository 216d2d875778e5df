/**
 * Version fields written the way people write them: `openapi: 3.0`, `swagger: 2.0` or `info.version: 1` are YAML
 * numbers, and `openapi: 3.0` (a string) has no patch number. Each is read as the string it means, with a warning at
 * the node. `openapi`/`swagger` keep their major.minor (the number 3.10 is 3.1); `info.version` keeps the text as
 * written (`1.10` stays `1.10`).
 */
import type { Diagnostics } from "../diagnostics.js";
import { locateIn, type SourceDocument } from "./source-map.js";

export function absorbVersionQuirks(source: SourceDocument, diagnostics: Diagnostics): SourceDocument {
  const doc = source.doc;
  if (typeof doc !== "object" || doc === null) return source;
  const written = (pointer: string, value: unknown) => source.literals?.get(pointer) ?? String(value);

  if (typeof doc.openapi === "number") {
    const version = withPatch(String(doc.openapi));
    diagnostics.warn(
      "load/version-number",
      locateIn(source, "/openapi"),
      `\`openapi: ${written("/openapi", doc.openapi)}\` is a YAML number; read as "${version}" (quote the version)`,
    );
    doc.openapi = version;
  } else if (typeof doc.openapi === "string" && /^\d+(\.\d+)?$/.test(doc.openapi.trim())) {
    const version = withPatch(doc.openapi.trim());
    diagnostics.warn(
      "load/version-patch",
      locateIn(source, "/openapi"),
      `\`openapi: ${doc.openapi}\` has no patch number; read as "${version}"`,
    );
    doc.openapi = version;
  }
  if (typeof doc.swagger === "number") {
    const version = Number.isInteger(doc.swagger) ? `${doc.swagger}.0` : String(doc.swagger);
    diagnostics.warn(
      "load/version-number",
      locateIn(source, "/swagger"),
      `\`swagger: ${written("/swagger", doc.swagger)}\` is a YAML number; read as "${version}" (quote the version)`,
    );
    doc.swagger = version;
  }
  const info = doc.info;
  if (info && typeof info === "object" && (typeof info.version === "number" || typeof info.version === "boolean")) {
    const version = written("/info/version", info.version);
    diagnostics.warn(
      "load/version-number",
      locateIn(source, "/info/version"),
      `\`info.version: ${version}\` is a YAML ${typeof info.version}; read as the string "${version}" (quote the version)`,
    );
    info.version = version;
  }
  return source;
}

/** `3` → `3.0.0`, `3.1` → `3.1.0`. */
function withPatch(v: string): string {
  const parts = v.split(".");
  while (parts.length < 3) parts.push("0");
  return parts.join(".");
}
