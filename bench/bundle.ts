/**
 * Bundle size of a minimal app (construct a client, call v2.embed once), bundled and minified by esbuild as ESM,
 * then gzipped at level 9. The metafile gives which inputs the bytes come from.
 */
import { build, type Platform } from "esbuild";
import { relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleResult {
  platform: Platform;
  minified: number;
  gzip: number;
  /** Inputs by minified bytes in the output, largest first (paths relative to `root`, node_modules collapsed). */
  contributors: { path: string; bytes: number }[];
  error?: string;
}

const app = (specifier: string): string => `import { CohereClient } from ${JSON.stringify(specifier)};
const c = new CohereClient({ token: "x" });
await c.v2.embed({ texts: ["hi"], model: "embed-v4.0", inputType: "classification", embeddingTypes: ["float"] });
`;

/** Bundles for each platform in turn and returns the first that succeeds (or the last error). */
export async function bundleSize(specifier: string, root: string, platforms: Platform[]): Promise<BundleResult> {
  let error = "";
  for (const platform of platforms) {
    try {
      const out = await build({
        stdin: { contents: app(specifier), resolveDir: root, sourcefile: "app.js", loader: "js" },
        bundle: true,
        minify: true,
        format: "esm",
        platform,
        target: "es2022",
        write: false,
        metafile: true,
        logLevel: "silent",
      });
      const code = out.outputFiles[0]!.contents;
      const inputs = Object.values(out.metafile.outputs)[0]!.inputs;
      const byPath = new Map<string, number>();
      for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
        const key = collapse(relative(root, path));
        byPath.set(key, (byPath.get(key) ?? 0) + bytesInOutput);
      }
      const contributors = [...byPath].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes);
      return { platform, minified: code.length, gzip: gzipSync(code, { level: 9 }).length, contributors };
    } catch (e) {
      error = `${platform}: ${(e as Error).message.split("\n").slice(0, 3).join(" ")}`;
    }
  }
  return { platform: platforms.at(-1)!, minified: NaN, gzip: NaN, contributors: [], error };
}

/** node_modules/<pkg>/… → node_modules/<pkg> (the official SDK's dependencies are reported per package). */
function collapse(path: string): string {
  const m = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (!m) return path;
  // Inside the official SDK itself, keep its top-level directory (core/, api/, serialization/ …).
  if (m[1] === "cohere-ai-official") return `cohere-ai-official/${m[2]!.split("/")[0]}`;
  return `node_modules/${m[1]}`;
}
