/**
 * The last touches to a generated Markdown file (the package README), without a Markdown formatter: pipe tables
 * get their columns aligned so the plain text reads as a table too, trailing spaces are dropped (a hard break, two
 * or more spaces, is kept), runs of blank lines become one, and each ```ts block is replaced by its formatted code.
 * The code of the blocks is formatted by the caller (with Biome, beside the package sources): {@link codeBlocks}
 * lists them, {@link finishMarkdown} puts the formatted text back. Text inside fenced blocks is never touched
 * otherwise, and text the spec wrote (descriptions) keeps its own Markdown.
 * (prettier formatted the README before; on a spec with hundreds of operations it took longer than the rest of
 * the generator together, most of it in the embedded code.)
 */

interface Prose {
  kind: "prose";
  lines: string[];
}
interface Fence {
  kind: "fence";
  open: string;
  lang: string;
  body: string;
  close: string;
}
type Segment = Prose | Fence;

const FENCE = /^(`{3,}|~{3,})\s*([^\s`]*)[^`]*$/;

function segments(text: string): Segment[] {
  const lines = text.split("\n");
  const out: Segment[] = [];
  let prose: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line);
    if (!open) {
      prose.push(line);
      continue;
    }
    const marker = open[1]!;
    const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    const end = lines.findIndex((l, j) => j > i && closing.test(l));
    if (end < 0) {
      prose.push(line); // an unclosed fence is text
      continue;
    }
    if (prose.length) out.push({ kind: "prose", lines: prose });
    prose = [];
    out.push({ kind: "fence", open: line, lang: open[2]!.toLowerCase(), body: lines.slice(i + 1, end).join("\n"), close: lines[end]! });
    i = end;
  }
  if (prose.length) out.push({ kind: "prose", lines: prose });
  return out;
}

const TYPESCRIPT = new Set(["ts", "typescript"]);

/** The bodies of the file's TypeScript blocks, in order. */
export function codeBlocks(text: string): string[] {
  return segments(text).flatMap((s) => (s.kind === "fence" && TYPESCRIPT.has(s.lang) ? [`${s.body}\n`] : []));
}

/** The finished text; `formatted[i]` replaces the i-th TypeScript block (undefined: keep it as written). */
export function finishMarkdown(text: string, formatted: ReadonlyArray<string | undefined> = []): string {
  let block = 0;
  const parts: string[] = [];
  for (const s of segments(text)) {
    if (s.kind === "fence") {
      const code = TYPESCRIPT.has(s.lang) ? formatted[block++] : undefined;
      parts.push([s.open, code === undefined ? s.body : code.replace(/\n+$/, ""), s.close].join("\n"));
    } else parts.push(finishProse(s.lines).join("\n"));
  }
  return `${parts.join("\n").replace(/\n*$/, "")}\n`;
}

function finishProse(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isTableStart(lines, i)) {
      let end = i + 2;
      while (end < lines.length && lines[end]!.trimStart().startsWith("|")) end++;
      out.push(...alignTable(lines.slice(i, end)));
      i = end - 1;
      continue;
    }
    const line = lines[i]!;
    const kept = / {2,}$/.test(line) && line.trim() !== "" ? line.replace(/ +$/, "  ") : line.replace(/[ \t]+$/, "");
    if (kept === "" && out.length && out[out.length - 1] === "") continue;
    out.push(kept);
  }
  return out;
}

const DELIMITER_CELL = /^\s*:?-+:?\s*$/;

function isTableStart(lines: string[], i: number): boolean {
  const head = lines[i];
  const delimiter = lines[i + 1];
  if (!head?.trimStart().startsWith("|") || !delimiter?.trimStart().startsWith("|")) return false;
  const cells = cellsOf(delimiter);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c));
}

/** A row's cells: split at every `|` not escaped with a backslash, outer pipes dropped, trimmed. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let cell = "";
  const text = row.trim();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\\" && i + 1 < text.length) {
      cell += c + text[++i]!;
    } else if (c === "|") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  if (text.startsWith("|")) cells.shift();
  if (text.endsWith("|") && !text.endsWith("\\|")) cells.pop();
  return cells.map((c) => c.trim());
}

type Align = "left" | "center" | "right";

function alignTable(rows: string[]): string[] {
  const [head, delimiter, ...body] = rows.map(cellsOf);
  const aligns: Align[] = delimiter!.map((c) => (c.startsWith(":") && c.endsWith(":") ? "center" : c.endsWith(":") ? "right" : "left"));
  const table = [head!, ...body];
  const columns = Math.max(...table.map((r) => r.length), aligns.length);
  const widths = Array.from({ length: columns }, (_, col) => Math.max(3, ...table.map((r) => displayWidth(r[col] ?? ""))));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const pad = (text: string, col: number) => {
    const room = widths[col]! - displayWidth(text);
    const align = aligns[col] ?? "left";
    if (align === "right") return " ".repeat(room) + text;
    if (align === "center") return " ".repeat(Math.floor(room / 2)) + text + " ".repeat(Math.ceil(room / 2));
    return text + " ".repeat(room);
  };
  const rule = (col: number) => {
    const align = aligns[col] ?? "left";
    const w = widths[col]!;
    if (align === "center") return `:${"-".repeat(w - 2)}:`;
    if (align === "right") return `${"-".repeat(w - 1)}:`;
    return "-".repeat(w);
  };
  const row = (cells: string[]) => line(Array.from({ length: columns }, (_, col) => pad(cells[col] ?? "", col)));
  return [row(head!), line(Array.from({ length: columns }, (_, col) => rule(col))), ...body.map(row)];
}

/** Characters that take two columns in a monospaced font (East Asian wide and fullwidth forms, most emoji). */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
/** Characters that take no column: combining marks (variation selectors among them) and zero-width characters. */
const ZERO = /[\p{Mn}\p{Me}\u200b-\u200f\u2060]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}
