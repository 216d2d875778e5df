/**
 * Validate stage entry. A defect in the document is reported and absorbed, not a reason to stop: every finding is a
 * `validate/…` warning naming file, line and JSON pointer, and the document is fixed where the SDK needs it (path
 * parameters, header names, response descriptions). Refused (errors): `$ref`s that resolve to nothing, which the IR cannot be built
 * from. (Nodes of the wrong JSON type were already dropped with a warning by normalize/shapes.ts.) With `strict`,
 * every defect warning becomes an error (see strict.ts).
 */
import type { Diagnostics } from "../diagnostics.js";
import type { SourceIndex } from "../load/source-index.js";
import { absorbHeaderNames } from "./header-names.js";
import { absorbPathParams } from "./path-params.js";
import { checkReferences } from "./refs.js";
import { absorbResponseDescriptions } from "./responses.js";
import { validateSchema } from "./schema.js";
import { checkServerVariables } from "./server-variables.js";
import { applyStrict } from "./strict.js";

export interface ValidateOptions {
  /** Turn every `validate/` warning into an error (CLI `--strict`, config `strict: true`). */
  strict?: boolean;
}

export async function validate(doc: any, sources: SourceIndex, diagnostics: Diagnostics, options: ValidateOptions = {}): Promise<void> {
  checkReferences(doc, sources, diagnostics);
  diagnostics.throwIfErrors("validate");
  absorbPathParams(doc, sources, diagnostics);
  absorbHeaderNames(doc, sources, diagnostics);
  absorbResponseDescriptions(doc, sources, diagnostics);
  checkServerVariables(doc, sources, diagnostics);
  validateSchema(doc, sources, diagnostics);
  if (options.strict) applyStrict(diagnostics);
  diagnostics.throwIfErrors("validate");
}
