/** Formats generated sources with prettier (fixed options, so output never depends on the machine's config). */
import * as prettier from "prettier";

const OPTIONS: prettier.Options = { printWidth: 120, singleQuote: false, trailingComma: "all", semi: true, tabWidth: 2, endOfLine: "lf" };

function parserFor(path: string): string | undefined {
  if (path.endsWith(".ts")) return "typescript";
  if (path.endsWith(".json")) return "json";
  if (path.endsWith(".md")) return "markdown";
  return undefined;
}

export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const parser = parserFor(path);
    out.set(path, parser ? await prettier.format(text, { ...OPTIONS, parser }) : text);
  }
  return out;
}
