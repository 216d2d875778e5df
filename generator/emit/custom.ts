/**
 * Hook for the user's own code kept in `src/custom/` (README › Custom code): when `src/custom/index.ts` exists, the
 * package index re-exports it, so what it exports is part of the package (and of its type-checked surface).
 */
export const CUSTOM_DIR = "src/custom/";
export const CUSTOM_INDEX = "src/custom/index.ts";

/** The emitted files with `export * from "./custom/index.js";` appended to `src/index.ts` when there is a custom index. */
export function withCustomExports(files: Map<string, string>, custom: ReadonlyMap<string, string>): Map<string, string> {
  const index = files.get("src/index.ts");
  if (!custom.has(CUSTOM_INDEX) || index === undefined) return files;
  const out = new Map(files);
  out.set(
    "src/index.ts",
    `${index.replace(/\s*$/, "\n")}// Your own code, kept across regenerations: src/custom/index.ts.\nexport * from "./custom/index.js";\n`,
  );
  return out;
}
