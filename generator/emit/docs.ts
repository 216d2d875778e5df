/** TSDoc text from spec descriptions. */
import { tsdoc } from "./escape.js";

/** Makes spec prose safe inside a `/** … *\/` block. */
export function docText(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return tsdoc(s).trim() || undefined;
}

export interface DocParts {
  description?: string;
  deprecated?: boolean | string;
  tags?: Array<[string, string]>;
}

/** A ts-morph JSDoc structure (or nothing when there is nothing to say). */
export function jsDoc(parts: DocParts): Array<{ description: string; tags: Array<{ tagName: string; text?: string }> }> {
  const tags: Array<{ tagName: string; text?: string }> = [];
  if (parts.deprecated)
    tags.push({ tagName: "deprecated", ...(typeof parts.deprecated === "string" ? { text: tsdoc(parts.deprecated) } : {}) });
  for (const [tagName, text] of parts.tags ?? []) tags.push({ tagName, text: tsdoc(text) });
  const description = docText(parts.description) ?? "";
  if (!description && tags.length === 0) return [];
  // A blank line between the prose and the tags; nothing trailing when there are no tags.
  return [{ description: description && tags.length ? `${description}\n` : description, tags }];
}
