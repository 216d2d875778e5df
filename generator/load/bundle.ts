/** Documents split across files: relative external `$ref`s are inlined into one document by swagger-parser's bundler. */
import SwaggerParser from "@apidevtools/swagger-parser";
import { Diagnostics, fail } from "../diagnostics.js";
import type { SourceDocument } from "./source-map.js";

export function hasExternalRefs(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (typeof node !== "object" || node === null) return false;
  for (const [k, v] of Object.entries(node)) {
    if (k === "$ref" && typeof v === "string" && !v.startsWith("#")) return true;
    if (hasExternalRefs(v)) return true;
  }
  return false;
}

export async function bundleExternalRefs(source: SourceDocument, diagnostics: Diagnostics): Promise<SourceDocument> {
  try {
    const doc = await SwaggerParser.bundle(source.path, structuredClone(source.doc), {
      resolve: { http: false, external: true },
    } as any);
    diagnostics.info("load/bundled", { file: source.file }, "external $refs inlined into one document");
    // Positions stay valid for everything that came from the root file.
    return { ...source, doc };
  } catch (e) {
    fail("load", "load/external-ref", { file: source.file }, `could not resolve an external $ref: ${(e as Error).message}`);
  }
}
