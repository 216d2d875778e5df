/**
 * OpenAPI 3.0 ignores every key beside `$ref` in a Reference Object, and its schema forbids them; specs often carry
 * them anyway (a description, or an indentation slip). They are dropped with a warning naming each key, as 3.0 says
 * they mean nothing. (3.1 allows siblings in schemas: left alone.)
 */
import { walk, type NormalizePass } from "./context.js";

export const dropRefSiblings: NormalizePass = ({ doc, sources, diagnostics }) => {
  if (!String(doc.openapi ?? "").startsWith("3.0")) return;
  walk(doc, "", (node, pointer) => {
    if (typeof node.$ref !== "string") return;
    const extra = Object.keys(node).filter((k) => k !== "$ref");
    if (extra.length === 0) return;
    const meaningful = extra.filter((k) => k !== "description" && k !== "summary" && !k.startsWith("x-"));
    const report = meaningful.length ? diagnostics.warn.bind(diagnostics) : diagnostics.info.bind(diagnostics);
    report(
      "normalize/ref-siblings",
      sources.locate(`${pointer}/${extra[0]!.replace(/~/g, "~0").replace(/\//g, "~1")}`),
      `ignored ${extra.map((k) => `\`${k}\``).join(", ")} beside \`$ref\` (OpenAPI 3.0 ignores keys next to a reference)`,
    );
    for (const k of extra) delete node[k];
  });
};
