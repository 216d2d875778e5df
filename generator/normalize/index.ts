/**
 * Normalize stage entry: one small pass per quirk, in a fixed order. Every change is a diagnostic.
 * Input: the merged (and overlaid) document; output: the same document, fixed in place, and the decisions that
 * are not OpenAPI (resource and method names, client headers) as typed data for the IR.
 */
import { normalizeAuthHeaderParams } from "./auth-header-params.js";
import { normalizeClientHeaders } from "./client-headers.js";
import { reportDuplicateOperationIds } from "./duplicate-operation-ids.js";
import type { NormalizeContext, NormalizePass } from "./context.js";
import { emptyDecisions, type NormalizeDecisions } from "./decisions.js";
import { normalizeEnumObjects } from "./enum-objects.js";
import { dropMeaninglessFormats } from "./meaningless-formats.js";
import { normalizeNestedTags } from "./nested-tags.js";
import { normalizeOperationIds } from "./operation-ids.js";
import { applyRefSiblings } from "./ref-siblings.js";
import { normalizeSchemaNames } from "./schema-names.js";
import { breakRefCycles } from "./ref-cycles.js";
import { checkShapes } from "./shapes.js";

export const PASSES: ReadonlyArray<readonly [string, NormalizePass]> = [
  ["shapes", checkShapes], // first: the passes after it rely on the JSON types it checks
  ["ref-cycles", breakRefCycles],
  ["enum-objects", normalizeEnumObjects],
  ["nested-tags", normalizeNestedTags],
  ["duplicate-operation-ids", reportDuplicateOperationIds],
  ["operation-ids", normalizeOperationIds],
  ["schema-names", normalizeSchemaNames],
  ["auth-header-params", normalizeAuthHeaderParams],
  ["client-headers", normalizeClientHeaders],
  ["meaningless-formats", dropMeaninglessFormats],
  ["ref-siblings", applyRefSiblings],
];

export function normalize(input: Omit<NormalizeContext, "decisions">): NormalizeDecisions {
  const ctx: NormalizeContext = { ...input, decisions: emptyDecisions() };
  for (const [, pass] of PASSES) pass(ctx);
  return ctx.decisions;
}
