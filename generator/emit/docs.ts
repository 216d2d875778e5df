/** TSDoc text from spec descriptions. */
import { tsdoc } from "./escape.js";

/** Makes spec prose safe inside a `/** … *\/` block. */
function docText(s: string | undefined): string | undefined {
  if (!s) return undefined;
  return tsdoc(s).trim() || undefined;
}

/**
 * The opening of a description, for a one-paragraph doc (an error class): its first paragraph, whole. A sentence
 * ending in ':' announces what follows, so the list it introduces stays with it, even after a blank line; list
 * items lose the indentation a folded YAML scalar gives them.
 */
export function leadParagraph(text: string | undefined): string | undefined {
  const paragraphs = (text ?? "").trim().split(/\n\s*\n/);
  let lead = paragraphs[0] ?? "";
  for (let i = 1; i < paragraphs.length && /:\s*$/.test(lead) && LIST_ITEM.test(paragraphs[i]!); i++) lead += `\n${paragraphs[i]}`;
  return (
    lead
      .split("\n")
      .map((line) => (LIST_ITEM.test(line) ? line.trim() : line))
      .join("\n")
      .trim() || undefined
  );
}

/** A Markdown list item: `- x`, `* x`, `+ x`, `1. x`. */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

export interface DocParts {
  description?: string;
  deprecated?: boolean | string;
  tags?: Array<[string, string]>;
}

/** A JSDoc structure (ts-morph's shape, printed by ./print/docs.ts), or nothing when there is nothing to say. */
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
