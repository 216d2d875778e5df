/**
 * OpenAPI Overlay 1.0: actions with a JSONPath `target` and either `update` (merged into every match) or
 * `remove: true`. Applied after merging and before normalizing. A target that matches nothing is an error naming
 * the action (file, line and index).
 */
import { JSONPath } from "jsonpath-plus";
import { type Diagnostics, fail } from "../diagnostics.js";
import { joinPointer } from "../pointer.js";
import { locateIn, type SourceDocument } from "./source-map.js";

export function applyOverlay(doc: any, overlay: SourceDocument, diagnostics: Diagnostics): void {
  const o = overlay.doc;
  if (typeof o?.overlay !== "string" || !Array.isArray(o.actions)) {
    fail("overlay", "overlay/invalid", locateIn(overlay, ""), "not an Overlay 1.0 document: needs `overlay: 1.0.0` and an `actions` list");
  }
  o.actions.forEach((action: any, i: number) => {
    const where = locateIn(overlay, joinPointer("", "actions", i));
    const label = `action ${i}${action.description ? ` (${String(action.description).split(/\.\s|\.$|\n/)[0]})` : ""}`;
    if (typeof action?.target !== "string") fail("overlay", "overlay/invalid", where, `${label} has no \`target\``);
    let matches: Array<{ parent: any; parentProperty: string | number; value: any; pointer: string }>;
    try {
      matches = JSONPath({ path: action.target, json: doc, resultType: "all" }) as any;
    } catch (e) {
      fail("overlay", "overlay/bad-target", where, `${label}: invalid JSONPath ${action.target}: ${(e as Error).message}`);
    }
    if (matches.length === 0) {
      fail("overlay", "overlay/no-match", where, `${label}: target ${action.target} matches nothing in the merged document`);
    }
    for (const m of matches) {
      if (action.remove === true) {
        if (Array.isArray(m.parent)) m.parent.splice(Number(m.parentProperty), 1);
        else if (m.parent) delete m.parent[m.parentProperty];
      } else if (action.update !== undefined) {
        if (Array.isArray(m.value)) m.value.push(structuredClone(action.update));
        else if (typeof m.value === "object" && m.value !== null) mergeInto(m.value, action.update);
        else fail("overlay", "overlay/bad-target", where, `${label}: target ${action.target} is not an object or array`);
      }
    }
    diagnostics.info(
      "overlay/applied",
      where,
      `${label}: ${action.remove ? "removed" : "updated"} ${matches.length} node(s) at ${action.target}`,
    );
  });
}

/** Recursive merge: objects merge key by key; anything else (arrays included) replaces. */
function mergeInto(target: any, update: any): void {
  for (const [k, v] of Object.entries(update)) {
    if (isObject(v) && isObject(target[k])) mergeInto(target[k], v);
    else target[k] = structuredClone(v);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
