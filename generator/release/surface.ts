/**
 * SDK-surface comparison from the emitted declarations (`dist/esm/**.d.ts` of the previous package on disk and of the
 * new one), checked by the TypeScript compiler in one program: exported names removed, added or renamed (same kind and
 * mutually assignable shape), method signatures changed, members added/removed/made optional, and type shapes narrowed
 * or widened. How a type is used (request, response, both) decides whether a widening or a narrowing breaks callers.
 */
import { createRequire } from "node:module";
import { posix } from "node:path";
import type * as TsMorph from "ts-morph";
import type { ts } from "ts-morph";
import type { Change, ChangeKind, ChangeSection } from "./types.js";
import type { Usage } from "./wire.js";

export interface SurfaceLocator {
  /** How an exported type is used by the API (default: both). */
  usage(name: string): Usage;
  /** Where an export (or a member of it) comes from in the spec, when known. */
  locate(name: string, member?: string): { file: string; line?: number; pointer?: string } | undefined;
}

/** The `.d.ts` entry points of a package: the `types` of every `import` condition of `exports` (else `types`). */
export function declarationEntries(files: Map<string, string>): Array<{ subpath: string; file: string }> {
  const text = files.get("package.json");
  if (!text) return [];
  let pkg: any;
  try {
    pkg = JSON.parse(text);
  } catch {
    return [];
  }
  const out: Array<{ subpath: string; file: string }> = [];
  const pick = (v: any): string | undefined =>
    typeof v === "string"
      ? v.endsWith(".d.ts")
        ? v
        : undefined
      : v && typeof v === "object"
        ? (pick(v.import?.types ?? v.import) ?? pick(v.types))
        : undefined;
  if (pkg.exports && typeof pkg.exports === "object")
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const file = pick(target);
      if (file) out.push({ subpath, file: file.replace(/^\.\//, "") });
    }
  if (!out.length && typeof pkg.types === "string") out.push({ subpath: ".", file: pkg.types.replace(/^\.\//, "") });
  return out.filter((e) => files.has(e.file));
}

/**
 * ts-morph, and TypeScript 5 with it, loaded by the first comparison: only a generation with a previous package on
 * disk compares surfaces, and loading them is the largest start-up cost of the generator (~0.35 s, ~74 MiB), so a
 * first generation never pays it. Required, not imported, so that `diffSurface` stays synchronous.
 */
let morph: typeof TsMorph | undefined;
let TS: typeof ts;
let F: typeof ts.SymbolFlags;
let KIND_FLAGS: number;

function loadTsMorph(): typeof TsMorph {
  if (!morph) {
    morph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
    TS = morph.ts;
    F = TS.SymbolFlags;
    KIND_FLAGS = F.Class | F.Interface | F.TypeAlias | F.Function | F.Variable | F.Enum | F.ValueModule | F.NamespaceModule;
  }
  return morph;
}

function kindWord(flags: number): string {
  if (flags & F.Class) return "class";
  if (flags & F.Interface) return "interface";
  if (flags & F.Function) return "function";
  if (flags & F.Enum) return "enum";
  if (flags & (F.ValueModule | F.NamespaceModule)) return "namespace";
  if (flags & F.TypeAlias && flags & F.Variable) return "type and value";
  if (flags & F.TypeAlias) return "type";
  return "value";
}

/** The type whose members are compared: its name, how it is used, and what its members are called in messages. */
interface MemberOwner {
  name: string;
  usage: Usage;
  what: "Member" | "Property";
}

function isOptional(s: ts.Symbol): boolean {
  return !!(s.flags & F.Optional);
}

class Surface {
  readonly changes: Change[] = [];
  private readonly checker: ts.TypeChecker;
  private readonly program: ts.Program;

  constructor(
    private readonly before: Map<string, string>,
    private readonly after: Map<string, string>,
    private readonly where: SurfaceLocator,
    private readonly packageName: string,
  ) {
    const { ModuleKind, ModuleResolutionKind, Project, ScriptTarget } = loadTsMorph();
    const project = new Project({
      useInMemoryFileSystem: true,
      compilerOptions: {
        target: ScriptTarget.ES2022,
        module: ModuleKind.ESNext,
        moduleResolution: ModuleResolutionKind.Bundler,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
        strict: true,
        types: [],
        skipLibCheck: true,
        noEmit: true,
      },
    });
    for (const [p, text] of after) if (p.endsWith(".d.ts")) project.createSourceFile(`/new/${p}`, text);
    const shared = unchangedModules(before, after);
    for (const [p, text] of before) {
      if (!p.endsWith(".d.ts")) continue;
      // A declaration file that did not change (nor anything it imports) is the same module on both sides
      // (re-exported), so classes with private members (nominal in TypeScript) stay compatible across the comparison.
      if (shared.has(p)) {
        const target = posix.relative(posix.dirname(`/old/${p}`), `/new/${p}`).replace(/\.d\.ts$/, ".js");
        project.createSourceFile(
          `/old/${p}`,
          `export * from "${target}";\n${/\bexport default\b/.test(text) ? `export { default } from "${target}";\n` : ""}`,
        );
      } else project.createSourceFile(`/old/${p}`, text);
    }
    this.program = project.getProgram().compilerObject;
    this.checker = this.program.getTypeChecker();
  }

  private exportsOf(side: "old" | "new", file: string): Map<string, ts.Symbol> {
    const out = new Map<string, ts.Symbol>();
    const sf = this.program.getSourceFile(`/${side}/${file}`);
    const mod = sf && this.checker.getSymbolAtLocation(sf);
    if (!mod) return out;
    for (const e of this.checker.getExportsOfModule(mod)) out.set(e.getName(), e.flags & F.Alias ? this.checker.getAliasedSymbol(e) : e);
    return out;
  }

  private add(
    kind: ChangeKind,
    code: string,
    section: ChangeSection,
    subject: string,
    message: string,
    name: string,
    member?: string,
  ): void {
    const loc = this.where.locate(name, member);
    this.changes.push({
      kind,
      level: "sdk",
      code,
      section,
      subject,
      message,
      ...(loc
        ? {
            file: loc.file,
            ...(loc.line !== undefined ? { line: loc.line } : {}),
            ...(loc.pointer !== undefined ? { pointer: loc.pointer } : {}),
          }
        : {}),
    });
  }

  run(): Change[] {
    const oldEntries = declarationEntries(this.before);
    const newEntries = declarationEntries(this.after);
    const entryName = (subpath: string) => (subpath === "." ? this.packageName : `${this.packageName}/${subpath.replace(/^\.\//, "")}`);
    // name → entry subpaths, and one symbol per name per side (the root entry's when it has it).
    const collect = (side: "old" | "new", entries: typeof oldEntries) => {
      const where = new Map<string, Set<string>>();
      const symbols = new Map<string, ts.Symbol>();
      for (const e of entries)
        for (const [name, sym] of this.exportsOf(side, e.file)) {
          if (!where.has(name)) where.set(name, new Set());
          where.get(name)!.add(e.subpath);
          if (!symbols.has(name) || e.subpath === ".") symbols.set(name, sym);
        }
      return { where, symbols };
    };
    const a = collect("old", oldEntries);
    const b = collect("new", newEntries);
    const removed = [...a.where.keys()].filter((n) => !b.where.has(n)).sort();
    const added = new Set([...b.where.keys()].filter((n) => !a.where.has(n)).sort());

    for (const name of removed) {
      const s = a.symbols.get(name)!;
      const twin = [...added].find((n) => this.sameShape(s, b.symbols.get(n)!));
      if (twin) {
        added.delete(twin);
        this.add("breaking", "export-renamed", "Changed", name, `${cap(kindWord(s.flags))} \`${name}\` renamed to \`${twin}\``, twin);
      } else this.add("breaking", "export-removed", "Removed", name, `${cap(kindWord(s.flags))} \`${name}\` removed`, name);
    }
    for (const name of added)
      this.add("feature", "export-added", "Added", name, `${cap(kindWord(b.symbols.get(name)!.flags))} \`${name}\` added`, name);

    for (const [name, entries] of a.where) {
      const now = b.where.get(name);
      if (!now) continue;
      for (const e of entries)
        if (!now.has(e))
          this.add("breaking", "export-removed-from-entry", "Removed", name, `\`${name}\` no longer exported from ${entryName(e)}`, name);
      for (const e of now)
        if (!entries.has(e))
          this.add("feature", "export-added-to-entry", "Added", name, `\`${name}\` now exported from ${entryName(e)}`, name);
      this.compareSymbol(name, a.symbols.get(name)!, b.symbols.get(name)!, new Set([...a.where.keys(), ...b.where.keys()]));
    }
    return this.changes;
  }

  private sameShape(x: ts.Symbol, y: ts.Symbol): boolean {
    if ((x.flags & KIND_FLAGS) !== (y.flags & KIND_FLAGS)) return false;
    const tx = this.typeOf(x);
    const ty = this.typeOf(y);
    if (!tx || !ty) return false;
    const px = this.checker
      .getPropertiesOfType(tx)
      .map((p) => p.getName())
      .sort()
      .join(",");
    const py = this.checker
      .getPropertiesOfType(ty)
      .map((p) => p.getName())
      .sort()
      .join(",");
    return px === py && this.checker.isTypeAssignableTo(tx, ty) && this.checker.isTypeAssignableTo(ty, tx);
  }

  /** The type a symbol declares (class instance, interface, alias), else the type of its value. */
  private typeOf(s: ts.Symbol): ts.Type | undefined {
    if (s.flags & (F.Class | F.Interface | F.TypeAlias | F.Enum)) return this.checker.getDeclaredTypeOfSymbol(s);
    if (s.flags & (F.Function | F.Variable)) return this.checker.getTypeOfSymbol(s);
    return undefined;
  }

  private compareSymbol(name: string, x: ts.Symbol, y: ts.Symbol, rootNames: Set<string>): void {
    const kx = x.flags & KIND_FLAGS;
    const ky = y.flags & KIND_FLAGS;
    if (kx !== ky) {
      // A value meaning lost (e.g. an enum's const object) breaks `X.Member` uses; a type meaning lost breaks annotations.
      this.add(
        "breaking",
        "export-kind-changed",
        "Changed",
        name,
        `\`${name}\` changed from ${kindWord(x.flags)} to ${kindWord(y.flags)}`,
        name,
      );
      return;
    }
    if (kx & (F.ValueModule | F.NamespaceModule)) {
      const ex = new Set(this.checker.getExportsOfModule(x).map((s) => s.getName()));
      const ey = new Set(this.checker.getExportsOfModule(y).map((s) => s.getName()));
      for (const n of ex)
        if (!ey.has(n) && !rootNames.has(n))
          this.add("breaking", "export-removed", "Removed", `${name}.${n}`, `\`${name}.${n}\` removed`, n);
      for (const n of ey)
        if (!ex.has(n) && !rootNames.has(n)) this.add("feature", "export-added", "Added", `${name}.${n}`, `\`${name}.${n}\` added`, n);
      return;
    }
    const usage = this.where.usage(name);
    if (kx & F.Class) {
      this.members(name, this.checker.getDeclaredTypeOfSymbol(x), this.checker.getDeclaredTypeOfSymbol(y), "out", true);
      this.signatures(
        name,
        "constructor",
        this.checker.getTypeOfSymbol(x).getConstructSignatures(),
        this.checker.getTypeOfSymbol(y).getConstructSignatures(),
        name,
      );
      return;
    }
    if (kx & F.Function) {
      this.signatures(
        name,
        name,
        this.checker.getTypeOfSymbol(x).getCallSignatures(),
        this.checker.getTypeOfSymbol(y).getCallSignatures(),
        name,
      );
      return;
    }
    if (kx & (F.Interface | F.TypeAlias))
      this.shape(name, this.checker.getDeclaredTypeOfSymbol(x), this.checker.getDeclaredTypeOfSymbol(y), usage);
    // Values (const objects of enums and the like) are read by callers: members may be added, never removed.
    if (kx & F.Variable) this.shape(name, this.checker.getTypeOfSymbol(x), this.checker.getTypeOfSymbol(y), "out", true);
  }

  private text(t: ts.Type): string {
    return this.checker.typeToString(t, undefined, TS.TypeFormatFlags.NoTruncation);
  }

  private isObjectShape(t: ts.Type): boolean {
    return (
      !!(t.flags & TS.TypeFlags.Object) && !t.getCallSignatures().length && !this.checker.isArrayType(t) && !this.checker.isTupleType(t)
    );
  }

  /** A named type: member by member when both are object shapes, else as a whole. */
  private shape(name: string, x: ts.Type, y: ts.Type, usage: Usage, value = false): void {
    if (this.isObjectShape(x) && this.isObjectShape(y) && !x.isUnion() && !y.isUnion())
      return this.members(name, x, y, usage, false, value);
    this.whole(name, name, x, y, usage, `Type \`${name}\``);
  }

  private whole(name: string, subject: string, x: ts.Type, y: ts.Type, usage: Usage, label: string, member?: string): void {
    if (this.text(x) === this.text(y)) return;
    const wider = this.checker.isTypeAssignableTo(x, y); // old values still fit
    const narrower = this.checker.isTypeAssignableTo(y, x); // new values fit old code
    if (wider && narrower) return;
    const t = (s: ts.Type) => this.checker.typeToString(s);
    if (wider)
      this.add(
        usage === "in" ? "feature" : "breaking",
        "type-widened",
        "Changed",
        subject,
        `${label} widened from \`${t(x)}\` to \`${t(y)}\``,
        name,
        member,
      );
    else if (narrower)
      this.add(
        usage === "out" ? "feature" : "breaking",
        "type-narrowed",
        "Changed",
        subject,
        `${label} narrowed from \`${t(x)}\` to \`${t(y)}\``,
        name,
        member,
      );
    else this.add("breaking", "type-changed", "Changed", subject, `${label} changed from \`${t(x)}\` to \`${t(y)}\``, name, member);
  }

  private visible(s: ts.Symbol): boolean {
    const decl = s.valueDeclaration ?? s.declarations?.[0];
    if (s.getName().startsWith("#") || s.getName().startsWith("__")) return false;
    return !decl || !(TS.getCombinedModifierFlags(decl) & (TS.ModifierFlags.Private | TS.ModifierFlags.Protected));
  }

  private members(name: string, x: ts.Type, y: ts.Type, usage: Usage, isClass: boolean, isValue = false): void {
    const px = this.visibleProperties(x);
    const py = this.visibleProperties(y);
    const owner: MemberOwner = { name, usage, what: isClass || isValue ? "Member" : "Property" };
    for (const [m, s] of px) {
      const t = py.get(m);
      if (t) this.memberChanged(owner, m, s, t);
      else this.memberRemoved(owner, m, s);
    }
    for (const [m, t] of py) if (!px.has(m)) this.memberAdded(owner, m, t);
  }

  /** The public properties of a type (no private, protected, `#` or `__` ones), by name. */
  private visibleProperties(t: ts.Type): Map<string, ts.Symbol> {
    return new Map(
      this.checker
        .getPropertiesOfType(t)
        .filter((s) => this.visible(s))
        .map((s) => [s.getName(), s]),
    );
  }

  private memberRemoved({ name, what }: MemberOwner, m: string, s: ts.Symbol): void {
    const subject = `${name}.${m}`;
    const isMethod = s.flags & F.Method;
    this.add(
      "breaking",
      isMethod ? "method-removed" : "member-removed",
      "Removed",
      subject,
      `${isMethod ? "Method" : what} \`${subject}\` removed`,
      name,
      m,
    );
  }

  /** A member on both sides: a method's signatures, else its optionality and then its type. */
  private memberChanged({ name, usage, what }: MemberOwner, m: string, s: ts.Symbol, t: ts.Symbol): void {
    const subject = `${name}.${m}`;
    if (s.flags & F.Method || t.flags & F.Method) {
      const sx = this.checker.getTypeOfSymbol(s).getCallSignatures();
      const sy = this.checker.getTypeOfSymbol(t).getCallSignatures();
      this.signatures(subject, `\`${subject}\``, sx, sy, name, m);
      return;
    }
    if (!isOptional(s) && isOptional(t))
      this.add(
        usage === "in" ? "feature" : "breaking",
        "member-optional",
        "Changed",
        subject,
        `${what} \`${subject}\` is now optional`,
        name,
        m,
      );
    if (isOptional(s) && !isOptional(t))
      this.add(
        usage === "out" ? "feature" : "breaking",
        "member-required",
        "Changed",
        subject,
        `${what} \`${subject}\` is now required`,
        name,
        m,
      );
    // Optional members carry `| undefined`: when optionality changed (reported above), compare without it.
    const strip = (ty: ts.Type) => (isOptional(s) !== isOptional(t) ? this.checker.getNonNullableType(ty) : ty);
    this.whole(
      name,
      subject,
      strip(this.checker.getTypeOfSymbol(s)),
      strip(this.checker.getTypeOfSymbol(t)),
      usage,
      `Type of \`${subject}\``,
      m,
    );
  }

  /** A new member: breaking when callers must now send it (required, and the type is used in requests). */
  private memberAdded({ name, usage, what }: MemberOwner, m: string, t: ts.Symbol): void {
    const subject = `${name}.${m}`;
    const isMethod = t.flags & F.Method;
    if (!isMethod && !isOptional(t) && usage !== "out")
      this.add("breaking", "member-added-required", "Added", subject, `Required ${what.toLowerCase()} \`${subject}\` added`, name, m);
    else
      this.add(
        "feature",
        isMethod ? "method-added" : "member-added",
        "Added",
        subject,
        `${isMethod ? "Method" : isOptional(t) ? `Optional ${what.toLowerCase()}` : what} \`${subject}\` added`,
        name,
        m,
      );
  }

  private minArgs(sig: ts.Signature): number {
    let n = 0;
    for (const p of sig.getParameters()) {
      const d = p.valueDeclaration;
      if (d && TS.isParameter(d) && (d.questionToken || d.initializer || d.dotDotDotToken)) break;
      n++;
    }
    return n;
  }

  private hasRest(sig: ts.Signature): boolean {
    const last = sig.getParameters().at(-1)?.valueDeclaration;
    return !!(last && TS.isParameter(last) && last.dotDotDotToken);
  }

  /** True when every call written against `o` still type-checks against `n`. */
  private accepts(o: ts.Signature, n: ts.Signature): boolean {
    if (this.minArgs(n) > this.minArgs(o)) return false;
    const op = o.getParameters();
    const np = n.getParameters();
    if (this.hasRest(o) && !this.hasRest(n)) return false;
    for (let i = 0; i < op.length; i++) {
      const target = np[i] ?? (this.hasRest(n) ? np.at(-1) : undefined);
      if (!target) return false;
      if (!this.checker.isTypeAssignableTo(this.checker.getTypeOfSymbol(op[i]!), this.checker.getTypeOfSymbol(target))) return false;
    }
    return this.checker.isTypeAssignableTo(n.getReturnType(), o.getReturnType());
  }

  private signatures(
    subject: string,
    label: string,
    xs: readonly ts.Signature[],
    ys: readonly ts.Signature[],
    name: string,
    member?: string,
  ): void {
    const str = (s: ts.Signature) => this.checker.signatureToString(s);
    const tx = xs.map(str).join(" | ");
    const ty = ys.map(str).join(" | ");
    if (tx === ty) return;
    const kept = xs.every((o) => ys.some((n) => this.accepts(o, n)));
    const same = kept && ys.every((n) => xs.some((o) => this.accepts(n, o)));
    const shown = label.startsWith("`") ? label : `\`${label}\``;
    if (!kept)
      this.add(
        "breaking",
        "signature-changed",
        "Changed",
        subject,
        `Signature of ${shown} changed from \`${tx}\` to \`${ty}\``,
        name,
        member,
      );
    else if (!same)
      this.add(
        "feature",
        "signature-widened",
        "Changed",
        subject,
        `${cap(shown)} now also accepts \`${ty}\` (was \`${tx}\`)`,
        name,
        member,
      );
  }
}

/** Relative modules a declaration file imports or re-exports, as package paths of `.d.ts` files. */
function imports(path: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g))
    out.push(posix.join(posix.dirname(path), m[1]!).replace(/\.js$/, ".d.ts"));
  return out;
}

/** Declaration files equal on both sides whose imports (transitively) are equal too. */
function unchangedModules(before: Map<string, string>, after: Map<string, string>): Set<string> {
  const same = new Set([...before].filter(([p, t]) => p.endsWith(".d.ts") && after.get(p) === t).map(([p]) => p));
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of same)
      if (imports(p, before.get(p)!).some((d) => !same.has(d))) {
        same.delete(p);
        changed = true;
      }
  }
  return same;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Compares the public declarations of two package file maps (relative path → text). */
export function diffSurface(before: Map<string, string>, after: Map<string, string>, where: SurfaceLocator, packageName: string): Change[] {
  const pick = (m: Map<string, string>) => new Map([...m].filter(([p]) => p === "package.json" || p.endsWith(".d.ts")));
  return new Surface(pick(before), pick(after), where, packageName).run();
}
