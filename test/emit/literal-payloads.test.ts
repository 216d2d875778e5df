/**
 * Issue 12 (one escaping path per context): one payload — backtick, `${…}`, `*\/`, `/*`, U+2028, U+2029,
 * `</script>`, NUL, backslash, both quotes, a lone surrogate — in every place spec text reaches code: descriptions,
 * summaries, defaults, examples, enum values, a media-type glob, a server URL, a path template, a query name, a header
 * name (the quote, backtick and `$` a header name may hold: the whole payload is no HTTP header name, and is dropped
 * with a warning), property names. The package parses, and TypeScript's own parser reads exactly the spec's text back out of
 * each literal (and out of each doc comment, with TSDoc's escapes resolved); a round trip over HTTP on 127.0.0.1
 * carries the payload keys and values unchanged.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Project, ts, type JSDocableNode, type Node, type SourceFile } from "ts-morph";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unTsdoc } from "../../generator/emit/escape.js";
import { json, startFeatureServer } from "../features/harness.js";
import { EMIT_SPECS, generateSpec, type EmittedPackage } from "./helpers.js";

const SPEC = JSON.parse(readFileSync(join(EMIT_SPECS, "literal-payloads.json"), "utf8"));
/** The payload, as the spec holds it (read from the spec, so the test and the spec cannot drift apart). */
const P: string = SPEC.components.schemas.Item.properties.kind.enum[0];
/** What a doc comment can hold of a description: CRLF read as LF, a lone surrogate as U+FFFD (no UTF-8 file has one). */
const asDoc = (s: string) => s.replace(/\r\n/g, "\n").replace(/[\uD800-\uDFFF]/g, "\uFFFD");
const D = SPEC.info.description.slice("info ".length);

let pkg: EmittedPackage;
let project: Project;
beforeAll(async () => {
  pkg = await generateSpec("literal-payloads.json");
  project = new Project({ useInMemoryFileSystem: true });
  for (const [path, text] of pkg.files) if (/\.ts$/.test(path) && !path.startsWith("src/core/")) project.createSourceFile(`/${path}`, text);
}, 180_000);
afterAll(() => pkg?.cleanup());

const file = (path: string): SourceFile => project.getSourceFileOrThrow(`/${path}`);

/** Every string the parser reads out of a literal in `sf` (string literals and the cooked text of template parts). */
function literals(sf: SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) out.push(n.text);
    ts.forEachChild(n, visit);
  };
  visit(sf.compilerNode);
  return out;
}

function doc(node: Node & JSDocableNode): string {
  const docs = node.getJsDocs();
  expect(docs).toHaveLength(1);
  return unTsdoc(docs[0]!.getInnerText());
}

describe("a hostile payload in every context", () => {
  test("the payload really holds every marker", () => {
    for (const marker of ["`", "${", "*/", "/*", "\u2028", "\u2029", "</script>", "\u0000", "\\", '"', "'", "\ud800"])
      expect(P).toContain(marker);
  });

  test("every emitted TypeScript file (sources and declarations) parses", () => {
    const parsed = [...pkg.files].filter(([p]) => p.endsWith(".ts"));
    expect(parsed.length).toBeGreaterThan(5);
    for (const [path, text] of parsed) {
      const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      expect(
        (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => d.messageText),
        path,
      ).toEqual([]);
    }
  });

  test("enum values and wire property names are literals with exactly the spec's text", () => {
    expect(literals(file("src/types.ts"))).toEqual(expect.arrayContaining([P, `only ${P}`, "plain"]));
    expect(literals(file("src/mappers.ts"))).toEqual(expect.arrayContaining([P, `when${P}`]));
  });

  test("the query name, the header name, the path template and the media-type glob", () => {
    const lits = literals(file("src/resources/items.ts"));
    // A header name may hold ` ' $ | and the other token characters; the payload itself is no header name, and is dropped.
    expect(lits).toEqual(expect.arrayContaining([`q${P}`, "X-Head`'$|^~!#%&*+.", "image/*"]));
    expect(lits).not.toContain(`X-Head${P}`);
    expect(pkg.diagnostics.filter((d) => d.code === "validate/header-name").map((d) => d.pointer)).toEqual([
      `${"/paths/"}${Object.keys(SPEC.paths)[0]!.replace(/~/g, "~0").replace(/\//g, "~1")}/post/parameters/2`,
    ]);
    const path = Object.keys(SPEC.paths)[0]!;
    expect(lits).toEqual(expect.arrayContaining(["/items/", path.slice("/items/{id}".length)]));
  });

  test("the server URL", () => {
    expect(literals(file("src/environments.ts"))).toContain(SPEC.servers[0].url);
  });

  test("doc comments read as the spec wrote them", () => {
    const item = file("src/types.ts").getInterfaceOrThrow("Item");
    expect(doc(item)).toBe(asDoc(`schema ${D}`));
    expect(doc(item.getPropertyOrThrow("kind"))).toBe(asDoc(`enum ${D}`));
    const items = file("src/resources/items.ts").getClassOrThrow("Items");
    expect(doc(items)).toBe(asDoc(`tag ${D}`));
    const create = doc(items.getMethodOrThrow("createItem"));
    expect(create).toContain(asDoc(`summary ${P}`));
    expect(create).toContain(asDoc(`description ${D}`));
    expect(create).toContain(asDoc(`@param id path ${D}`));
    expect(doc(file("src/Client.ts").getClassOrThrow("TestClient"))).toContain(asDoc(`info ${D}`));
    // An error class names its status with the lead paragraph of the response's description.
    expect(doc(file("src/errors.ts").getClassOrThrow("NotFoundError"))).toBe(asDoc(`HTTP 404: missing ${D}`));
  });

  test("the spec's text only ever appears inside literals and comments", () => {
    // `evil` (from `${evil()}`) never becomes an identifier or a call anywhere.
    for (const sf of project.getSourceFiles()) {
      const calls = sf.getDescendantsOfKind(ts.SyntaxKind.Identifier).filter((i) => i.getText() === "evil");
      expect(calls.map((c) => `${sf.getFilePath()}:${c.getStartLineNumber()}`)).toEqual([]);
    }
  });

  test("every file's text survives UTF-8 (what is written is what was emitted)", () => {
    for (const [path, text] of pkg.files) expect(Buffer.from(text, "utf8").toString("utf8") === text, path).toBe(true);
  });

  test("a round trip over HTTP keeps the payload keys and values", async () => {
    const server = await startFeatureServer((req, res) => json(res, 200, JSON.parse(req.body.toString("utf8"))));
    try {
      const sdk = await pkg.load();
      const client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
      const at = "2024-01-15T09:30:00.000Z";
      // The TypeScript keys the generator spelled for the payload property names (camelCase of their letters).
      const back = await client.items.createItem("id 1", {
        kind: P,
        qBEvilCDEFScriptGHIJKL: `value ${P}`,
        whenqBEvilCDEFScriptGHIJKL: new Date(at),
        qqBEvilCDEFScriptGHIJKL: `query ${P}`,
      });
      const sent = server.last();
      expect(JSON.parse(sent.body.toString("utf8"))).toEqual({ kind: P, [P]: `value ${P}`, [`when${P}`]: at });
      // A lone surrogate cannot be percent-encoded (encodeURIComponent throws): the URL carries U+FFFD instead.
      expect(new URLSearchParams(sent.rawQuery).get(asDoc(`q${P}`))).toBe(asDoc(`query ${P}`));
      expect(decodeURIComponent(sent.path)).toBe(`/items/id 1${Object.keys(SPEC.paths)[0]!.slice("/items/{id}".length)}`);
      expect(back).toEqual({ kind: P, qBEvilCDEFScriptGHIJKL: `value ${P}`, whenqBEvilCDEFScriptGHIJKL: new Date(at) });
    } finally {
      await server.close();
    }
  });
});
