/**
 * OpenAPI requires operationIds to be unique in a document. A document that repeats one is reported with a
 * `validate/duplicate-operation-id` warning at each repeat, naming the first use; the operations stay apart because the
 * next pass (operation-ids.ts) names every method by group and derives a distinct name on collision. The same id in two
 * different input documents (reference pages merged into one SDK, in several files or in one Markdown page) is not a
 * defect of either: that pass's rename is enough.
 * Runs before operation-ids.ts, which rewrites every operationId.
 */
import { formatLocation } from "../diagnostics.js";
import { operations, type NormalizePass } from "./context.js";

export const reportDuplicateOperationIds: NormalizePass = ({ doc, sources, diagnostics }) => {
  // Per source document (object identity: one Markdown page can hold several documents).
  const first = new Map<object, Map<string, { where: string; at: string }>>();
  for (const { path, method, op, pointer } of operations(doc)) {
    if (typeof op.operationId !== "string" || op.operationId === "") continue;
    const at = sources.locate(`${pointer}/operationId`);
    const source = sources.sourceOf(`${pointer}/operationId`);
    const ids = first.get(source) ?? new Map();
    first.set(source, ids);
    const key = op.operationId;
    const seen = ids.get(key);
    const where = `${method.toUpperCase()} ${path}`;
    if (!seen) {
      ids.set(key, { where, at: formatLocation({ file: at.file, line: at.line }) });
      continue;
    }
    diagnostics.warn(
      "validate/duplicate-operation-id",
      at,
      `operationId "${op.operationId}" of ${where} is also that of ${seen.where} at ${seen.at}; OpenAPI requires them unique: each gets its own method name`,
    );
  }
};
