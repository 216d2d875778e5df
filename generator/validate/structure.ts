/**
 * What the IR cannot be built from: the containers every later stage walks must have the right kind. A `paths` that is
 * a list, an operation that is a string or `parameters` that is a mapping leave nothing to generate from, so each is a
 * `validate/structure` error (refused whatever `--strict` says) at its pointer. Runs before normalization, which walks
 * the same containers. Everything else wrong with a document is a warning (see validate/index.ts).
 */
import { joinPointer, type Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { HTTP_METHODS } from "../normalize/context.js";
import { describeValue } from "./schema.js";

const COMPONENT_MAPS = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems"];

function isMapping(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function checkStructure(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  const expect = (value: unknown, pointer: string, what: string, ok: (v: unknown) => boolean, kind: string) => {
    if (value === undefined || ok(value)) return true;
    diagnostics.error("validate/structure", sources.locate(pointer), `${what} must be ${kind}, not ${describeValue(value)}: nothing can be generated from it`);
    return false;
  };
  const mapping = (value: unknown, pointer: string, what: string) => expect(value, pointer, what, isMapping, "a mapping");
  const list = (value: unknown, pointer: string, what: string) => expect(value, pointer, what, Array.isArray, "a list");

  if (mapping(doc.paths, "/paths", "`paths`")) {
    for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
      const itemPointer = joinPointer("/paths", path);
      if (item === null || !mapping(item, itemPointer, `path item ${path}`)) continue;
      list(item.parameters, `${itemPointer}/parameters`, `\`parameters\` of ${path}`);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        const at = `${itemPointer}/${method}`;
        const where = `${method.toUpperCase()} ${path}`;
        if (op === null || !mapping(op, at, `operation ${where}`) || op === undefined) continue;
        list(op.parameters, `${at}/parameters`, `\`parameters\` of ${where}`);
        mapping(op.responses, `${at}/responses`, `\`responses\` of ${where}`);
        mapping(op.requestBody, `${at}/requestBody`, `\`requestBody\` of ${where}`);
      }
    }
  }
  if (mapping(doc.components, "/components", "`components`")) {
    for (const key of COMPONENT_MAPS) mapping(doc.components?.[key], `/components/${key}`, `\`components.${key}\``);
  }
  diagnostics.throwIfErrors("validate");
}
