/**
 * `format` values that only repeat the type (`type: string, format: string`) carry no meaning and would confuse
 * format-driven mapping; they are dropped with a note. Custom formats are kept (OpenAPI allows them).
 */
import { walk, type NormalizePass } from "./context.js";

const TYPE_NAMES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

export const dropMeaninglessFormats: NormalizePass = ({ doc, sources, diagnostics }) => {
  walk(doc, "", (node, pointer) => {
    if (typeof node.format !== "string" || !("type" in node) || !TYPE_NAMES.has(node.format)) return;
    if (typeof node.type !== "string" && !Array.isArray(node.type)) return;
    diagnostics.info(
      "normalize/meaningless-format",
      sources.locate(pointer + "/format"),
      `dropped \`format: ${node.format}\`: it only repeats a type name`,
    );
    delete node.format;
  });
};
