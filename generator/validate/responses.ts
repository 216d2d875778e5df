/**
 * OpenAPI requires every Response Object to have a `description`; many specs leave it out. Each one without is a
 * `validate/response-description` warning and gets an empty description (the SDK documents nothing for it).
 */
import type { Diagnostics } from "../diagnostics.js";
import { joinPointer } from "../pointer.js";
import type { SourceIndex } from "../load/source-index.js";
import { operations } from "../normalize/context.js";

function isMapping(v: unknown): v is Record<string, any> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function absorbResponseDescriptions(doc: any, sources: SourceIndex, diagnostics: Diagnostics): void {
  const fix = (response: unknown, pointer: string, what: string) => {
    if (!isMapping(response) || typeof response.$ref === "string" || response.description !== undefined) return;
    diagnostics.warn(
      "validate/response-description",
      sources.locate(pointer),
      `${what} has no description (OpenAPI requires one): generated without`,
    );
    response.description = "";
  };
  for (const { path, method, op, pointer } of operations(doc)) {
    if (!isMapping(op.responses)) continue;
    for (const [status, response] of Object.entries(op.responses)) {
      fix(response, joinPointer(pointer, "responses", status), `response ${status} of ${method.toUpperCase()} ${path}`);
    }
  }
  const shared = doc.components?.responses;
  if (isMapping(shared)) {
    for (const [name, response] of Object.entries(shared))
      fix(response, joinPointer("/components/responses", name), `response components.responses.${name}`);
  }
}
