/**
 * Load stage entry: turns input paths (files, directories, markdown pages) into source documents.
 * Swagger 2.0 documents are converted to OpenAPI 3.0; documents with relative external `$ref`s are bundled.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { Diagnostics, fail } from "../diagnostics.js";
import { bundleExternalRefs, hasExternalRefs } from "./bundle.js";
import type { SourceDocument } from "./source-map.js";
import { extractMarkdownDocuments } from "./markdown.js";
import { convertSwagger2 } from "./swagger2.js";
import { parseSource } from "./yaml.js";

const DATA_EXT = new Set([".yaml", ".yml", ".json"]);
const PAGE_EXT = new Set([".md", ".markdown", ".txt", ".mdx"]);

/** A display name for diagnostics: relative to the working directory when inside it. */
export function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

export function isOpenApiDocument(doc: unknown): boolean {
  return typeof doc === "object" && doc !== null && ("openapi" in doc || "swagger" in doc);
}

export async function loadInputs(inputs: readonly string[], diagnostics: Diagnostics): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      fail("load", "load/not-found", { file: displayName(path) }, "input not found");
    }
    if (stat.isDirectory()) docs.push(...(await loadDirectory(path, diagnostics)));
    else docs.push(...(await loadFile(path, diagnostics, true)));
  }
  if (docs.length === 0) fail("load", "load/empty", { file: inputs.join(", ") }, "no OpenAPI document found in the inputs");
  return docs;
}

async function loadDirectory(dir: string, diagnostics: Diagnostics): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) continue; // nested folders hold $ref targets, not root documents
    if (!DATA_EXT.has(extname(name).toLowerCase())) continue;
    docs.push(...(await loadFile(path, diagnostics, false)));
  }
  return docs;
}

async function loadFile(path: string, diagnostics: Diagnostics, explicit: boolean): Promise<SourceDocument[]> {
  const file = displayName(path);
  const text = readFileSync(path, "utf8");
  const ext = extname(path).toLowerCase();
  if (PAGE_EXT.has(ext)) {
    const docs = extractMarkdownDocuments(text, file, path);
    if (docs.length === 0 && explicit) fail("load", "load/no-documents", { file }, "no ```yaml or ```json block holding an OpenAPI document");
    return Promise.all(docs.map((d) => finish(d, diagnostics)));
  }
  const doc = parseSource(text, file, path);
  if (!isOpenApiDocument(doc.doc)) {
    if (explicit) fail("load", "load/not-openapi", { file, pointer: "" }, "not an OpenAPI document: no top-level `openapi` or `swagger` field");
    diagnostics.info("load/skipped", { file }, "skipped: not an OpenAPI document (no top-level `openapi` or `swagger`)");
    return [];
  }
  return [await finish(doc, diagnostics)];
}

async function finish(source: SourceDocument, diagnostics: Diagnostics): Promise<SourceDocument> {
  let out = source;
  if (hasExternalRefs(out.doc)) out = await bundleExternalRefs(out, diagnostics);
  if (typeof out.doc.swagger === "string") out = await convertSwagger2(out, diagnostics);
  return out;
}
