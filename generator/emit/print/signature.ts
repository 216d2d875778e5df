/**
 * The parts declarations share: modifiers (`export`, `readonly`, …), type parameters, parameter lists, `: type`
 * annotations, return types and `= initializer`s.
 */
import type { OptionalKind, ParameterDeclarationStructure, TypeParameterDeclarationStructure } from "ts-morph";
import { commaSeparated } from "./comma.js";
import { isBlank, onlyPrinted, type TextOrWriter, textOf, type Writer } from "./writer.js";

export interface Modifiers {
  isDefaultExport?: boolean;
  isExported?: boolean;
  hasDeclareKeyword?: boolean;
  scope?: string;
  isStatic?: boolean;
  hasOverrideKeyword?: boolean;
  isAbstract?: boolean;
  isAsync?: boolean;
  isReadonly?: boolean;
  hasAccessorKeyword?: boolean;
}

/** The modifier properties, for `onlyPrinted` lists. */
export const MODIFIERS = [
  "isDefaultExport",
  "isExported",
  "hasDeclareKeyword",
  "scope",
  "isStatic",
  "hasOverrideKeyword",
  "isAbstract",
  "isAsync",
  "isReadonly",
  "hasAccessorKeyword",
] as const;

export function printModifiers(w: Writer, s: Modifiers): void {
  if (s.isDefaultExport) w.write("export default ");
  else if (s.isExported) w.write("export ");
  if (s.hasDeclareKeyword) w.write("declare ");
  if (s.scope != null) w.write(`${s.scope} `);
  if (s.isStatic) w.write("static ");
  if (s.hasOverrideKeyword) w.write("override ");
  if (s.isAbstract) w.write("abstract ");
  if (s.isAsync) w.write("async ");
  if (s.isReadonly) w.write("readonly ");
  if (s.hasAccessorKeyword) w.write("accessor ");
}

/** `<T extends X = Y, …>`, when there are type parameters. */
export function printTypeParameters(
  w: Writer,
  params: ReadonlyArray<OptionalKind<TypeParameterDeclarationStructure> | string> | undefined,
): void {
  if (params == null || params.length === 0) return;
  w.write("<");
  commaSeparated(
    w,
    params,
    (p) => printTypeParameter(w, p),
    () => w.spaceIfLastNot(),
  );
  w.write(">");
}

function printTypeParameter(w: Writer, p: OptionalKind<TypeParameterDeclarationStructure> | string): void {
  w.closeComment();
  if (typeof p === "string") {
    w.write(p);
    return;
  }
  onlyPrinted("type parameter", p, ["name", "isConst", "variance", "constraint", "default"]);
  w.hangingIndent(() => {
    if (p.isConst) w.write("const ");
    if (p.variance != null) {
      if ((p.variance & 1) !== 0) w.write("in "); // TypeParameterVariance.In
      if ((p.variance & 2) !== 0) w.write("out "); // TypeParameterVariance.Out
    }
    w.write(p.name);
    const constraint = p.constraint == null ? undefined : textOf(w, p.constraint);
    if (!isBlank(constraint)) w.write(` extends ${constraint}`);
    const fallback = p.default == null ? undefined : textOf(w, p.default);
    if (!isBlank(fallback)) w.write(` = ${fallback}`);
  });
}

/** `(a: A, b?: B = x)`. */
export function printParameters(w: Writer, params: ReadonlyArray<OptionalKind<ParameterDeclarationStructure>> | undefined): void {
  w.write("(");
  if (params != null && params.length > 0)
    w.hangingIndent(() =>
      commaSeparated(
        w,
        params,
        (p) => printParameter(w, p),
        () => w.spaceIfLastNot(),
      ),
    );
  w.write(")");
}

function printParameter(w: Writer, p: OptionalKind<ParameterDeclarationStructure>): void {
  w.closeComment();
  onlyPrinted("parameter", p, ["name", "isRestParameter", "hasQuestionToken", "type", "initializer", ...MODIFIERS]);
  printModifiers(w, p);
  w.conditionalWrite(p.isRestParameter, "...");
  w.write(p.name);
  w.conditionalWrite(p.hasQuestionToken, "?");
  // An optional parameter without a type is `any`, written out.
  printType(w, ":", p.hasQuestionToken ? (p.type ?? "any") : p.type);
  printInitializer(w, p.initializer);
}

/** `<separator> type` (`: T`, ` = T` for an alias), unless the type is missing or blank. */
export function printType(w: Writer, separator: string, type: TextOrWriter | undefined): void {
  if (type == null) return;
  const text = textOf(w, type);
  if (!isBlank(text)) w.hangingIndent(() => w.write(`${separator} ${text}`));
}

/** `: T` after a signature; `always` writes `: void` for a missing one. */
export function printReturnType(w: Writer, type: TextOrWriter | undefined, always = false): void {
  if (type == null && !always) return;
  const text = textOf(w, type ?? "void");
  if (!isBlank(text)) w.hangingIndent(() => w.write(`: ${text}`));
}

export function printInitializer(w: Writer, initializer: TextOrWriter | undefined): void {
  if (initializer == null) return;
  const text = textOf(w, initializer);
  if (!isBlank(text))
    w.hangingIndent(() => {
      w.spaceIfLastNot();
      w.write(`= ${text}`);
    });
}

/** A copy of `o` with each of `defaults` set where `o` leaves it undefined (what overloads take from their implementation). */
export function withDefaults<T extends object>(o: T, defaults: Partial<T>): T {
  const out: Record<string, unknown> = { ...(o as Record<string, unknown>) };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined) out[k] = v;
  return out as T;
}
