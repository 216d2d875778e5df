/**
 * Swagger 2.0 input is converted to OpenAPI 3.0 by swagger2openapi; the conversion is reported. The converted
 * document keeps the original's positions, and regions (swagger2-positions.ts) send moved nodes back to where
 * they were written, so every later diagnostic names the Swagger file's line and pointer. What the converter
 * could not carry over (its `x-s2o-warning` marks) is a `load/swagger2` warning there; the defects it patched
 * silently (a response with no description) are put back, so validate reports them like in any OpenAPI document.
 */
import { type Diagnostics, fail } from "../diagnostics.js";
import { escapePointer, splitPointer } from "../pointer.js";
import { locateIn, type SourceDocument } from "./source-map.js";
import { swagger2Regions } from "./swagger2-positions.js";

const WARNING = "x-s2o-warning";

export async function convertSwagger2(source: SourceDocument, diagnostics: Diagnostics): Promise<SourceDocument> {
  // CommonJS: its exports arrive as the default export (and, depending on the loader, as named ones too).
  const { convertObj } = (await import("swagger2openapi")).default;
  let converted: any;
  try {
    converted = (await convertObj(structuredClone(source.doc), { patch: true, warnOnly: true, resolveInternal: false, resolve: false }))
      .openapi;
  } catch (e) {
    fail("load", "load/swagger2", locateIn(source, "/swagger"), `Swagger 2.0 conversion failed: ${(e as Error).message}`);
  }
  diagnostics.info(
    "load/swagger2",
    locateIn(source, "/swagger"),
    `Swagger ${source.doc.swagger} converted to OpenAPI ${converted.openapi}`,
  );
  const out: SourceDocument = { ...source, doc: converted, regions: [...(source.regions ?? []), ...swagger2Regions(source, converted)] };
  reportLosses(out, diagnostics);
  restoreMissingDescriptions(out, source);
  return out;
}

/** Each `x-s2o-warning` the converter left (a collectionFormat OpenAPI 3 cannot express…) becomes a warning, and goes. */
function reportLosses(out: SourceDocument, diagnostics: Diagnostics): void {
  const visit = (node: unknown, pointer: string, seen: Set<unknown>): void => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    const obj = node as Record<string, unknown>;
    if (!Array.isArray(node) && typeof obj[WARNING] === "string") {
      diagnostics.warn("load/swagger2", locateIn(out, pointer), `not converted exactly to OpenAPI 3: ${obj[WARNING]}`);
      delete obj[WARNING];
    }
    for (const [k, v] of Object.entries(obj)) visit(v, `${pointer}/${escapePointer(k)}`, seen);
  };
  visit(out.doc, "", new Set());
}

/** A response the converter gave an empty description had none in the Swagger file: remove it again. */
function restoreMissingDescriptions(out: SourceDocument, original: SourceDocument): void {
  const responses: Array<[string, any]> = [];
  for (const [name, r] of Object.entries<any>(out.doc.components?.responses ?? {}))
    responses.push([`/components/responses/${escapePointer(name)}`, r]);
  for (const [path, item] of Object.entries<any>(out.doc.paths ?? {})) {
    if (typeof item !== "object" || item === null) continue;
    for (const [method, op] of Object.entries<any>(item)) {
      if (typeof op?.responses !== "object" || op.responses === null) continue;
      for (const [status, r] of Object.entries<any>(op.responses))
        responses.push([`/paths/${escapePointer(path)}/${escapePointer(method)}/responses/${escapePointer(status)}`, r]);
    }
  }
  for (const [pointer, response] of responses) {
    if (typeof response !== "object" || response === null || response.description !== "") continue;
    const before = valueAt(original.doc, locateIn(out, pointer).pointer ?? pointer);
    if (typeof before === "object" && before !== null && (before.description === undefined || before.description === null))
      delete response.description;
  }
}

function valueAt(doc: unknown, pointer: string): any {
  let node: any = doc;
  for (const key of splitPointer(pointer)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[key];
  }
  return node;
}
