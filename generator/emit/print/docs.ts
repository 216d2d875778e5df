/**
 * JSDoc blocks (`docs` of a structure): `/** text *\/` on one line, else one ` * line` per line. A structured doc
 * is its description, then its tags (`@tag text`), one per line.
 */
import type { JSDocStructure, JSDocTagStructure, OptionalKind } from "ts-morph";
import { newWriter, onlyPrinted, startsWithNewLine, textOf, type Writer, write } from "./writer.js";

export type Doc = OptionalKind<JSDocStructure> | string;

/** Each doc, then a line break (the declaration follows on the next line). */
export function printDocs(w: Writer, docs: readonly Doc[] | undefined): void {
  if (docs == null) return;
  for (const doc of docs) {
    w.closeComment();
    printDoc(w, docText(doc));
    w.newLine();
  }
}

function printDoc(w: Writer, text: string): void {
  const lines = text.split(/\r?\n/);
  const first = lines[0]!.length === 0 ? 1 : 0;
  w.write("/**");
  if (lines.length <= 1) w.space().write(lines[first] ?? "");
  else {
    w.newLine();
    for (let i = first; i < lines.length; i++) {
      w.write(" *");
      if (lines[i]!.length > 0) w.write(` ${lines[i]}`);
      w.newLine();
    }
  }
  w.spaceIfLastNot();
  w.write("*/");
}

function docText(doc: Doc): string {
  if (typeof doc === "string") return doc;
  const w = newWriter();
  onlyPrinted("JSDoc", doc, ["description", "tags"]);
  if (doc.description) write(w, doc.description);
  if (doc.tags?.length) {
    if (w.getLength() > 0) w.newLine();
    doc.tags.forEach((tag, i) => {
      if (i > 0) w.newLine();
      w.closeComment();
      printTag(w, tag);
    });
  }
  return w.toString();
}

function printTag(w: Writer, tag: OptionalKind<JSDocTagStructure>): void {
  const lines = tagText(tag).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (i > 0) w.newLine();
    if (line.length > 0) w.write(line);
  });
}

function tagText(tag: OptionalKind<JSDocTagStructure>): string {
  onlyPrinted("JSDoc tag", tag, ["tagName", "text"]);
  const text = tag.text ? textOf(undefined, tag.text) : "";
  return `@${tag.tagName}${text.length > 0 && !startsWithNewLine(text) ? " " : ""}${text}`;
}
