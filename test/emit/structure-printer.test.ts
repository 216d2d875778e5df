/**
 * The structure printer (generator/emit/print): representative structures of every kind the emitters build, printed
 * to exact text, and to the same text ts-morph's own structure printer gives for them (the printer replaces it
 * byte for byte; ts-morph stays the oracle here, in the tests only).
 */
import { IndentationText, Project, QuoteKind, StructureKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { commaPosition } from "../../generator/emit/print/comma.js";
import { printSourceFile, type Statement } from "../../generator/emit/print/source-file.js";

const statements: Statement[] = [
  { kind: "import", moduleSpecifier: "./core/errors.js", namedImports: [{ name: "ApiError", alias: "_ApiError" }, "request as send"] },
  { kind: "import", moduleSpecifier: "./core/types.js", namedImports: ["ClientCore", "type FileInput as Uploadable"], isTypeOnly: true },
  { kind: "import", moduleSpecifier: "./side-effect.js" },
  (w) => w.blankLineIfLastNot(),
  {
    kind: "interface",
    name: "Page",
    isExported: true,
    typeParameters: [{ name: "T", constraint: "object", default: "Record<string, unknown>" }],
    extends: ["Base", 'Omit<Other, "id">'],
    docs: [{ description: "A page of results. The end of a comment, *\\/, arrives escaped.\n", tags: [{ tagName: "deprecated" }] }],
    indexSignatures: [{ keyName: "key", keyType: "string", returnType: "unknown" }],
    properties: [
      { name: "items", type: "T[]", isReadonly: true, docs: [{ description: "The items.", tags: [] }] },
      { name: '"next-cursor"', type: "string | null", hasQuestionToken: true },
      { name: "total", type: "number", hasQuestionToken: true, docs: [{ description: "", tags: [{ tagName: "default", text: "0" }] }] },
    ],
  },
  { kind: "interface", name: "Empty", isExported: true },
  {
    kind: "type-alias",
    name: "Result",
    isExported: true,
    typeParameters: ["T", { name: "E", default: "Error" }],
    type: "{ ok: true; value: T } | { ok: false; error: E }",
    docs: [{ description: "Line one.\n\nLine three, after a blank line.", tags: [] }],
  },
  { kind: "type-alias", name: "Id", type: "string" },
  {
    kind: "variable",
    isExported: true,
    declarationKind: "const" as never,
    docs: [{ description: "The known values of {@link Color}.", tags: [] }],
    declarations: [{ name: "Color", initializer: '{ Red: "red", Url: "https://example.com/a,b" } as const' }],
  },
  { kind: "variable", declarationKind: "let" as never, declarations: [{ name: "a", type: "number", initializer: "1" }, { name: "b" }] },
  {
    kind: "function",
    name: "fetchAll",
    isExported: true,
    typeParameters: [{ name: "T" }],
    // Overloads take `export` (and `declare`, `export default`) from the implementation, nothing else.
    overloads: [
      { typeParameters: ["T"], parameters: [{ name: "id", type: "string" }], returnType: "Promise<T>", docs: ["By id."] },
      {
        typeParameters: ["T"],
        parameters: [
          { name: "ids", type: "string[]" },
          { name: "options", type: "Options", hasQuestionToken: true },
        ],
        returnType: "Promise<T[]>",
      },
    ],
    parameters: [
      { name: "first", type: "string | string[]" },
      { name: "rest", type: "unknown[]", isRestParameter: true },
    ],
    returnType: "Promise<T | T[]>",
    docs: [
      {
        description: "Fetches one or many.\n",
        tags: [
          { tagName: "param", text: "first An id, or ids." },
          { tagName: "example", text: '\nconst x = await fetchAll("a");' },
        ],
      },
    ],
    // Lines inside a template literal are not indented; a statement after a block gets a blank line.
    statements: ["const url = `/items/${first}\n?multi=line`;", "if (rest.length) {", "  return [];", "}", "return get(url);"],
  },
  { kind: "function", name: "plain", isDefaultExport: true, parameters: [{ name: "x", hasQuestionToken: true }] },
  "export {};",
  {
    kind: "class",
    name: "Resource",
    isExported: true,
    extends: "_ApiError",
    implements: ["Disposable"],
    docs: [{ description: "A resource client.", tags: [] }],
    properties: [
      { name: "_core", isReadonly: true, scope: "protected" as never, type: "ClientCore" },
      { name: "name", type: "string", isReadonly: true, hasOverrideKeyword: true, initializer: '"Resource"' },
      { name: "body", type: "unknown", isReadonly: true, hasDeclareKeyword: true, hasOverrideKeyword: false },
      { name: "_cache", scope: "private" as never, type: "Map<string, unknown> | undefined" },
    ],
    ctors: [
      {
        docs: [{ description: "Use it on its own.", tags: [] }],
        parameters: [
          { name: "options", type: "Options", initializer: "{}" },
          { name: "core", type: "ClientCore", hasQuestionToken: true },
        ],
        statements: ["super();", "this._core = core ?? createCore(options);"],
      },
    ],
    getAccessors: [
      { name: "items", returnType: "Items", docs: ["The items."], statements: ["return (this._items ??= new Items(this._core));"] },
    ],
    methods: [
      {
        name: "list",
        overloads: [
          {
            parameters: [{ name: "request", type: "ListRequest", hasQuestionToken: true }],
            returnType: "HttpPromise<Page>",
            docs: ["Lists."],
          },
          {
            parameters: [
              { name: "legacy", type: "string" },
              { name: "request", type: "ListRequest", hasQuestionToken: true },
            ],
            returnType: "HttpPromise<Page>",
            docs: [{ description: "Ignores `legacy`.", tags: [{ tagName: "deprecated", text: "Call `list(request)` instead." }] }],
          },
        ],
        parameters: [{ name: "...args", type: "unknown[]" }],
        returnType: "HttpPromise<Page>",
        statements: ["const [request] = args as [ListRequest | undefined];", 'return send(this._core, { method: "GET" });'],
      },
      { name: "create", isStatic: true, parameters: [], returnType: "Resource", statements: "return new Resource();" },
      { name: "close", isAsync: true, returnType: "Promise<void>" },
    ],
  },
  { kind: "export", moduleSpecifier: "./types.js" },
  {
    kind: "export",
    moduleSpecifier: "./core/types.js",
    namedExports: ["RequestOptions", { name: "FileInput", alias: "Uploadable" }],
    isTypeOnly: true,
  },
  { kind: "export", namedExports: [] },
];

const EXPECTED = `import { ApiError as _ApiError, request as send } from "./core/errors.js";
import type { ClientCore, type FileInput as Uploadable } from "./core/types.js";
import "./side-effect.js";

/**
 * A page of results. The end of a comment, *\\/, arrives escaped.
 *
 * @deprecated
 */
export interface Page<T extends object = Record<string, unknown>> extends Base, Omit<Other, "id"> {
  [key: string]: unknown;
  /** The items. */
  readonly items: T[];
  "next-cursor"?: string | null;
  /** @default 0 */
  total?: number;
}

export interface Empty {
}

/**
 * Line one.
 *
 * Line three, after a blank line.
 */
export type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };
type Id = string;
/** The known values of {@link Color}. */
export const Color = { Red: "red", Url: "https://example.com/a,b" } as const;
let a: number = 1, b;

/** By id. */
export function fetchAll<T>(id: string): Promise<T>;
export function fetchAll<T>(ids: string[], options?: Options): Promise<T[]>;
/**
 * Fetches one or many.
 *
 * @param first An id, or ids.
 * @example
 * const x = await fetchAll("a");
 */
export function fetchAll<T>(first: string | string[], ...rest: unknown[]): Promise<T | T[]> {
  const url = \`/items/\${first}
?multi=line\`;
  if (rest.length) {
    return [];
  }

  return get(url);
}

export default function plain(x?: any) {
}

export {};

/** A resource client. */
export class Resource extends _ApiError implements Disposable {
  protected readonly _core: ClientCore;
  override readonly name: string = "Resource";
  declare readonly body: unknown;
  private _cache: Map<string, unknown> | undefined;

  /** Use it on its own. */
  constructor(options: Options = {}, core?: ClientCore) {
    super();
    this._core = core ?? createCore(options);
  }

  /** The items. */
  get items(): Items {
    return (this._items ??= new Items(this._core));
  }

  /** Lists. */
  list(request?: ListRequest): HttpPromise<Page>;
  /**
   * Ignores \`legacy\`.
   * @deprecated Call \`list(request)\` instead.
   */
  list(legacy: string, request?: ListRequest): HttpPromise<Page>;
  list(...args: unknown[]): HttpPromise<Page> {
    const [request] = args as [ListRequest | undefined];
    return send(this._core, { method: "GET" });
  }

  static create(): Resource {
    return new Resource();
  }

  async close(): Promise<void> {
  }
}

export * from "./types.js";
export type { RequestOptions, FileInput as Uploadable } from "./core/types.js";
export { };
`;

/** ts-morph's structure printer, reached as generator/emit/index.ts used to (the pinned version). */
function tsMorphPrint(list: Statement[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Double, indentationText: IndentationText.TwoSpaces },
  });
  const kinds = {
    import: StructureKind.ImportDeclaration,
    export: StructureKind.ExportDeclaration,
    class: StructureKind.Class,
    interface: StructureKind.Interface,
    "type-alias": StructureKind.TypeAlias,
    variable: StructureKind.VariableStatement,
    function: StructureKind.Function,
  };
  const printer = (project as any)._context.structurePrinterFactory.forSourceFile({ isAmbient: false });
  const writer = project.createWriter();
  printer.printText(writer, { statements: list.map((s) => (typeof s === "object" ? { ...s, kind: kinds[s.kind] } : s)) });
  return writer.toString();
}

describe("structure printer", () => {
  it("prints each kind of structure the emitters build", () => {
    expect(printSourceFile(statements)).toBe(EXPECTED);
  });

  it("prints what ts-morph's structure printer prints", () => {
    expect(printSourceFile(statements)).toBe(tsMorphPrint(statements));
  });

  it("prints each statement alone as ts-morph does", () => {
    for (const s of statements) expect(printSourceFile([s])).toBe(tsMorphPrint([s]));
  });

  it("refuses a structure property it does not print instead of dropping it", () => {
    expect(() => printSourceFile([{ kind: "class", name: "A", decorators: [{ name: "sealed" }] }])).toThrow(
      /`decorators` of a class is not printed/,
    );
    expect(() => printSourceFile([{ kind: "type-alias", name: "A", type: "B", leadingTrivia: "// x" }])).toThrow(/`leadingTrivia`/);
  });

  it("puts list commas after the last token, before trailing comments, and never doubles them", () => {
    expect(commaPosition("a: string")).toBe(9);
    expect(commaPosition("a: string  ")).toBe(9);
    expect(commaPosition("a = 1 // one")).toBe(5);
    expect(commaPosition("a = 1 /* one */ ")).toBe(5);
    expect(commaPosition('a = "// not a comment"')).toBe(22);
    expect(commaPosition("a = `x ${`//`} /*`")).toBe(18);
    expect(commaPosition("a = { b: `}` }")).toBe(14);
    expect(commaPosition("a,")).toBe(-1);
    expect(commaPosition("  ")).toBe(-1);
  });
});
