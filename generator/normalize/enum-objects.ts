/**
 * `enum: [{value: x}, …]` → `enum: [x, …]`. Some doc generators publish enum members as objects
 * (`{value, name?, description?}`); OpenAPI wants the values themselves. Names and descriptions are kept as
 * `x-enum-varnames` / `x-enum-descriptions` so emitters can still use them.
 */
import { walk, type NormalizePass } from "./context.js";

const MEMBER_KEYS = new Set(["value", "name", "description", "casing"]);

function isMemberObject(v: unknown): v is { value: unknown; name?: string; description?: string } {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "value" in v && Object.keys(v).every((k) => MEMBER_KEYS.has(k));
}

export const normalizeEnumObjects: NormalizePass = ({ doc, sources, diagnostics }) => {
  walk(doc, "", (node, pointer) => {
    const values = node.enum;
    if (!Array.isArray(values) || values.length === 0 || !values.every(isMemberObject)) return;
    if (node.type === "object" || node.type === "array") return; // objects as enum members are legitimate there
    node.enum = values.map((m) => m.value);
    if (values.some((m) => typeof m.name === "string")) node["x-enum-varnames"] = values.map((m) => m.name ?? String(m.value));
    if (values.some((m) => typeof m.description === "string")) node["x-enum-descriptions"] = values.map((m) => m.description ?? "");
    diagnostics.info(
      "normalize/enum-objects",
      sources.locate(pointer + "/enum"),
      `enum members written as {value: …} objects turned into plain values: ${node.enum.map((v: unknown) => JSON.stringify(v)).join(", ")}`,
    );
  });
};
