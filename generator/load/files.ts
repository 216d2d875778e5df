/**
 * Load stage entry: turns input paths (files, directories, markdown pages) into source documents.
 * Version fields written as YAML numbers are absorbed, Swagger 2.0 documents are converted to OpenAPI 3.0, and
 * references are resolved (refs.ts), reading files only inside the input's folder and the config's `refs.allowDirs`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { type Diagnostics, fail } from "../diagnostics.js";
import type { RefPolicy } from "./confine.js";
import { resolveReferences } from "./refs.js";
import { displayName, locateIn, type SourceDocument } from "./source-map.js";
import { absorbVersionQuirks } from "./versions.js";
import { extractMarkdownDocuments } from "./markdown.js";
import { convertSwagger2 } from "./swagger2.js";
import { parseSource } from "./yaml.js";

const DATA_EXT = new Set([".yaml", ".yml", ".json"]);
const PAGE_EXT = new Set([".md", ".markdown", ".txt", ".mdx"]);

export { displayName };

/** What the config allows references to read beyond the input's own folder (README › Config › `refs`). */
export interface RefOptions {
  allowDirs?: readonly string[];
  allowHosts?: readonly string[];
}

export function isOpenApiDocument(doc: unknown): boolean {
  return typeof doc === "object" && doc !== null && ("openapi" in doc || "swagger" in doc);
}

export async function loadInputs(inputs: readonly string[], diagnostics: Diagnostics, refs: RefOptions = {}): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      fail("load", "load/not-found", { file: displayName(path) }, "input not found");
    }
    // References may read the input's own folder (a folder input: that folder) and what the config allows.
    const policy: RefPolicy = {
      allowDirs: [stat.isDirectory() ? path : dirname(path), ...(refs.allowDirs ?? []).map((d) => resolve(d))],
      allowHosts: [...(refs.allowHosts ?? [])],
    };
    if (stat.isDirectory()) docs.push(...(await loadDirectory(path, diagnostics, policy)));
    else docs.push(...(await loadFile(path, diagnostics, true, policy)));
  }
  if (docs.length === 0) fail("load", "load/empty", { file: inputs.join(", ") }, "no OpenAPI document found in the inputs");
  return docs;
}

async function loadDirectory(dir: string, diagnostics: Diagnostics, policy: RefPolicy): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) continue; // nested folders hold $ref targets, not root documents
    if (!DATA_EXT.has(extname(name).toLowerCase())) continue;
    docs.push(...(await loadFile(path, diagnostics, false, policy)));
  }
  return docs;
}

async function loadFile(path: string, diagnostics: Diagnostics, explicit: boolean, policy: RefPolicy): Promise<SourceDocument[]> {
  const file = displayName(path);
  const text = readFileSync(path, "utf8");
  const ext = extname(path).toLowerCase();
  if (PAGE_EXT.has(ext)) {
    const docs = extractMarkdownDocuments(text, file, path);
    if (docs.length === 0 && explicit)
      fail("load", "load/no-documents", { file }, "no ```yaml or ```json block holding an OpenAPI document");
    const out: SourceDocument[] = [];
    for (const d of docs) out.push(await finish(d, diagnostics, policy));
    return out;
  }
  const doc = parseSource(text, file, path);
  if (!isOpenApiDocument(doc.doc)) {
    if (explicit) fail("load", "load/not-openapi", locateIn(doc, ""), "not an OpenAPI document: no top-level `openapi` or `swagger` field");
    diagnostics.info("load/skipped", locateIn(doc, ""), "skipped: not an OpenAPI document (no top-level `openapi` or `swagger`)");
    return [];
  }
  return [await finish(doc, diagnostics, policy)];
}

async function finish(source: SourceDocument, diagnostics: Diagnostics, policy: RefPolicy): Promise<SourceDocument> {
  let out = absorbVersionQuirks(source, diagnostics);
  if (typeof out.doc.swagger === "string") out = await convertSwagger2(out, diagnostics);
  return resolveReferences(out, policy, diagnostics);
}
