/**
 * Component schema names that are not identifiers (`embed-jobs_cancel_Response_200`) or not type-like (snake_case,
 * lower-case start: `datasets_get_Response_200`) are renamed to stable PascalCase names (`EmbedJobsCancelResponse`): words joined, a trailing HTTP status after "Response" dropped when that stays
 * unique, and a numeric suffix when a name is taken. Every `$ref` and discriminator mapping is rewritten.
 */
import { escapePointer, unescapePointer } from "../pointer.js";
import { isIdentifier, pascalCase } from "../words.js";
import { walk, type NormalizePass } from "./context.js";

export const normalizeSchemaNames: NormalizePass = ({ doc, sources, diagnostics }) => {
  const schemas: Record<string, unknown> | undefined = doc.components?.schemas;
  if (!schemas) return;
  const needsRename = (name: string) => !isIdentifier(name) || name.includes("_") || !/^[A-Z]/.test(name);
  const taken = new Set(Object.keys(schemas).filter((n) => !needsRename(n)));
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    if (!needsRename(name)) continue;
    let next = pascalCase(name) || "Schema";
    const short = next.replace(/(Response)[1-5]\d\d$/, "$1");
    if (!taken.has(short)) next = short;
    for (let i = 2; taken.has(next); i++) next = `${pascalCase(name) || "Schema"}${i}`;
    taken.add(next);
    renames.set(name, next);
  }
  if (renames.size === 0) return;

  const renamed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const next = renames.get(name) ?? name;
    renamed[next] = schema;
    if (next !== name) {
      const from = `/components/schemas/${escapePointer(name)}`;
      const to = `/components/schemas/${escapePointer(next)}`;
      diagnostics.info(
        "normalize/schema-name",
        sources.locate(from),
        `schema name "${name}" is not ${isIdentifier(name) ? "a PascalCase type name" : "an identifier"}: renamed "${next}"`,
      );
      sources.alias(to, from);
    }
  }
  doc.components.schemas = renamed;

  const rewrite = (ref: string): string => {
    const m = /^#\/components\/schemas\/([^/]+)(.*)$/.exec(ref);
    if (!m) return ref;
    const name = unescapePointer(m[1]!);
    const next = renames.get(name);
    return next ? `#/components/schemas/${escapePointer(next)}${m[2]}` : ref;
  };
  walk(doc, "", (node) => {
    if (typeof node.$ref === "string") node.$ref = rewrite(node.$ref);
    const mapping = node.discriminator?.mapping;
    if (mapping && typeof mapping === "object") {
      for (const [k, v] of Object.entries<string>(mapping)) mapping[k] = renames.get(v) ?? rewrite(v);
    }
  });
};
