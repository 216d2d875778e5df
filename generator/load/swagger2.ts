/** Swagger 2.0 input is converted to OpenAPI 3.0 by swagger2openapi; the conversion is reported. */
import { type Diagnostics, fail } from "../diagnostics.js";
import type { SourceDocument } from "./source-map.js";

export async function convertSwagger2(source: SourceDocument, diagnostics: Diagnostics): Promise<SourceDocument> {
  // CommonJS: its exports arrive as the default export (and, depending on the loader, as named ones too).
  const { convertObj } = (await import("swagger2openapi")).default;
  try {
    const result = await convertObj(structuredClone(source.doc), { patch: true, warnOnly: true, resolveInternal: false, resolve: false });
    diagnostics.info(
      "load/swagger2",
      { file: source.file, pointer: "/swagger" },
      `Swagger ${source.doc.swagger} converted to OpenAPI ${result.openapi.openapi}`,
    );
    // Pointers differ after conversion: keep only the file-level position.
    return { ...source, doc: result.openapi, positions: new Map() };
  } catch (e) {
    fail("load", "load/swagger2", { file: source.file, pointer: "/swagger" }, `Swagger 2.0 conversion failed: ${(e as Error).message}`);
  }
}
