/**
 * Markdown pages (such as API reference pages) holding OpenAPI documents in ```yaml / ```json fenced blocks.
 * Each block that is an OpenAPI or Swagger document becomes its own source document; lines stay those of the page.
 */
import type { SourceDocument } from "./source-map.js";
import { parseSource } from "./yaml.js";

const FENCE = /^```(yaml|yml|json)\s*$/;

export function extractMarkdownDocuments(text: string, file: string, path: string): SourceDocument[] {
  const lines = text.split("\n");
  const docs: SourceDocument[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i]!)) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !lines[end]!.startsWith("```")) end++;
    const body = lines.slice(start, end).join("\n") + "\n";
    i = end;
    if (!/^(openapi|swagger)\s*:|^\s*\{\s*"(openapi|swagger)"/m.test(body)) continue;
    docs.push(parseSource(body, file, path, start));
  }
  return docs;
}
