/**
 * Issues 12/13: `/*`, `*\/` and both, wherever spec text reaches a doc comment (info, tag, summary, description,
 * @param, @default, @example, schema and property docs, error docs, media-type globs), generate a package whose doc
 * comments, read by TypeScript's own JSDoc parser and TSDoc's backslash escapes, say what the spec said. The
 * literals carrying the same text (enum values, content types) keep it byte for byte.
 */
import { Project, type JSDocableNode, type Node } from "ts-morph";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unTsdoc } from "../../generator/emit/escape.js";
import { generateSpec, type EmittedPackage } from "./helpers.js";

let pkg: EmittedPackage;
let project: Project;
beforeAll(async () => {
  pkg = await generateSpec("comment-markers.yaml");
  project = new Project({ useInMemoryFileSystem: true });
  for (const [path, text] of pkg.files)
    if (/\.(ts)$/.test(path) && !path.startsWith("src/core/")) project.createSourceFile(`/${path}`, text);
});
afterAll(() => pkg?.cleanup());

/** The one doc comment of a declaration, as a TSDoc reader shows it (comment syntax stripped, escapes resolved). */
function doc(node: Node & JSDocableNode): string {
  const docs = node.getJsDocs();
  expect(docs).toHaveLength(1);
  return unTsdoc(docs[0]!.getInnerText());
}

function file(path: string) {
  return project.getSourceFileOrThrow(`/${path}`);
}

describe("doc comments read as the spec wrote them", () => {
  test("info.description on the client class", () => {
    expect(doc(file("src/Client.ts").getClassOrThrow("TestClient"))).toContain("Info opens /* and closes */ and both /* inline */ here.");
  });

  test("tag description on the resource class and the client getter", () => {
    expect(doc(file("src/resources/files.ts").getClassOrThrow("Files"))).toBe("Tag text: */ then /* then /* both */.");
    expect(doc(file("src/Client.ts").getClassOrThrow("TestClient").getGetAccessorOrThrow("files"))).toBe(
      "Tag text: */ then /* then /* both */.",
    );
  });

  test("operation summary, description, @param of a path parameter", () => {
    const m = file("src/resources/files.ts").getClassOrThrow("Files").getMethodOrThrow("getFile");
    const text = doc(m);
    expect(text).toContain("Summary with */ in it");
    expect(text).toContain(
      "Accepts image/* files.\n\nA line that closes */ and one that opens /* and /* both */.\n@notATag at the start of a line.",
    );
    expect(text).toContain("@param fileId Path parameter ending a comment */ or opening one /*.");
    // The spec's "@notATag" stays prose: TypeScript sees only the generator's own tags.
    expect(
      m
        .getJsDocs()[0]!
        .getTags()
        .map((t) => t.getTagName())
        .filter((t) => t !== "link"),
    ).toEqual(["param", "param", "throws", "example"]);
    expect(doc(file("src/resources/files.ts").getClassOrThrow("Files").getMethodOrThrow("createFile"))).toContain("Create /* a file */");
  });

  test("query parameter description and @default", () => {
    const prop = file("src/resources/files.ts").getInterfaceOrThrow("FilesGetFileRequest").getPropertyOrThrow("format");
    expect(doc(prop)).toBe('Query parameter /* with */ markers.\n\n@default "*/default/*"');
  });

  test("schema, property, @default and the enum value in @example", () => {
    expect(doc(file("src/types.ts").getInterfaceOrThrow("Problem"))).toBe("Schema text */ and /* and /** doc */.");
    expect(doc(file("src/types.ts").getInterfaceOrThrow("Problem").getPropertyOrThrow("message"))).toBe("Property text */ end.");
    expect(doc(file("src/types.ts").getInterfaceOrThrow("NewFile").getPropertyOrThrow("label"))).toBe(
      'A label /* or */.\n\n@default "a */ b /* c"',
    );
    expect(doc(file("src/resources/files.ts").getClassOrThrow("Files").getMethodOrThrow("createFile"))).toContain(
      'createFile({ kind: "*/x/*" })',
    );
  });

  test("error response description on its class", () => {
    expect(doc(file("src/errors.ts").getClassOrThrow("NotFoundError"))).toBe("HTTP 404: Not found */ really /* gone.");
  });

  test("media-type globs in prose and as literals", () => {
    const upload = file("src/resources/files.ts").getClassOrThrow("Files").getMethodOrThrow("uploadImage");
    expect(doc(upload)).toContain("Send any image/* or video/* body.");
    expect(upload.getText()).toContain('contentType: "image/*"');
  });

  test("literals keep the text byte for byte", () => {
    expect(pkg.file("src/types.ts")).toContain('kind: "*/x/*" | "plain" | (string & {});');
  });

  test("the README shows the example unescaped", () => {
    expect(pkg.file("README.md")).not.toMatch(/\*\\\/|\/\\\*/);
  });

  test("the declarations (.d.ts) carry the same comments", () => {
    expect(unTsdoc(pkg.file("dist/esm/types.d.ts"))).toContain("Schema text */ and /* and /** doc */.");
    expect(pkg.file("dist/esm/types.d.ts")).not.toMatch(/[^\\]\*\/ and/);
  });
});
