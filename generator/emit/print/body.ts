/**
 * Lists of statements: each on its own line, with a blank line after one that ends with a block (`}`). Bodies of
 * functions, methods, constructors and accessors are such lists of code text (or writer functions).
 */
import type { WriterFunction } from "ts-morph";
import { endsWithBlock, type TextOrWriter, type Writer, write } from "./writer.js";

export function printStatementList<T>(w: Writer, statements: readonly T[], print: (s: T) => void): void {
  for (const s of statements) {
    if (endsWithBlock(w)) w.blankLineIfLastNot();
    else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
    print(s);
  }
}

type BodyStatement = string | WriterFunction | object | null | undefined;

/** `{ … }` after a signature is opened by the caller; this prints what goes inside. */
export function printBody(w: Writer, statements: BodyStatement | readonly BodyStatement[] | undefined): void {
  if (statements == null) return;
  if (typeof statements === "string" || typeof statements === "function") {
    write(w, statements as TextOrWriter);
    return;
  }
  if (!Array.isArray(statements)) throw new Error("emit/print: a body is code text or a list of statements");
  printStatementList(w, statements as readonly BodyStatement[], (s) => {
    if (s == null) return;
    if (typeof s !== "string" && typeof s !== "function")
      throw new Error("emit/print: a declaration structure inside a body is not printed: give its code as text");
    write(w, s as TextOrWriter);
  });
}
