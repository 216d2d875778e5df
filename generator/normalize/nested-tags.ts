/**
 * `tags: [[subpackage_x]]` → `tags: [x]` and resource group `x`.
 * Nested tag lists are flattened; a `subpackage_` prefix (a docs-generator artifact) is stripped. The first tag becomes
 * the operation's resource group (normalize/operation-ids.ts); operations without tags are grouped by their first path segment.
 */
import { operations, type NormalizePass } from "./context.js";

const PREFIX = /^subpackage_/;

export const normalizeNestedTags: NormalizePass = ({ doc, sources, diagnostics }) => {
  for (const { op, pointer } of operations(doc)) {
    if (!Array.isArray(op.tags)) continue;
    const nested = op.tags.some((t: unknown) => Array.isArray(t));
    const flat: string[] = op.tags.flat(Infinity).filter((t: unknown): t is string => typeof t === "string");
    const cleaned = flat.map((t) => t.replace(PREFIX, ""));
    const changed = nested || cleaned.some((t, i) => t !== flat[i]);
    op.tags = [...new Set(cleaned)];
    if (changed) {
      diagnostics.info(
        "normalize/nested-tags",
        sources.locate(pointer + "/tags"),
        `tags ${JSON.stringify(flat.length === 1 ? flat[0] : flat)}${nested ? " (nested list)" : ""} → ${JSON.stringify(op.tags)}; resource group "${op.tags[0]}"`,
      );
    }
  }
};
