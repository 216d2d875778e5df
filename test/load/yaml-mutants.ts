/**
 * Mutated YAML for checking load/yaml-fast.ts against the yaml path: deterministic (seeded) edits of real specs that
 * aim at the places two YAML readers can differ (indentation, indicators, scalar styles and types, properties).
 */
const SNIPPETS = [
  "? ",
  ": ",
  "- ",
  "-",
  "&a ",
  "*a",
  "!!str ",
  "!!int ",
  "! ",
  "!x ",
  "<<: ",
  "<<: {z: 1}",
  "|\n",
  "|-\n",
  ">+\n",
  "|2\n",
  "'it''s'",
  '"\\x41\\u00e9\\N\\_"',
  '"a\\\n  b"',
  "[a, b: c]",
  "{a, b}",
  "{a: [1, {b: 2}]}",
  "[]",
  "{}",
  "~",
  "null",
  "Null",
  "0o17",
  "0x1F",
  "1e3",
  "1.",
  ".5",
  ".inf",
  "-.Inf",
  ".NaN",
  "1_000",
  "+12",
  "012",
  "-0",
  "0.0",
  "true",
  "Yes",
  "off",
  "2001-12-14",
  "123456789012345678901",
  "\t",
  "#c",
  " # c",
  "\\",
  "---\n",
  "...\n",
  "%YAML 1.1\n---\n",
  "\ufeff",
  "\r",
  "\r\n",
  "\u2028",
  "\u0085",
  "@",
  "`",
  ",",
  "]",
  "}",
  "[",
  "{",
  "'",
  '"',
  ":",
  "x:",
  " x: y",
  "a: b: c",
  "__proto__: 1",
  "200: x",
  "\tx",
  "\t- x",
  " \t",
  "\t#c",
  "1.0: x",
  "true: x",
  "~: x",
  "'': x",
  '"k": v',
  "  ",
  "\n",
  "\n\n",
  "key\n  continued",
  "x\n- y",
];

/** `edits` seeded edits of `text`; `gentle` keeps to inserting snippets where a value or an entry starts. */
export function mutate(text: string, seed: number, edits: number, gentle = false): string {
  let state = seed >>> 0 || 1;
  const rand = (n: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  let out = text;
  for (let e = 0; e < edits; e++) {
    const lines = out.split("\n");
    const at = rand(out.length + 1);
    const line = rand(lines.length);
    switch (gentle ? 4 + rand(2) : rand(8)) {
      case 0:
        out = out.slice(0, at) + out.slice(at + 1 + rand(3));
        break;
      case 1:
        lines.splice(line, 0, lines[line]!);
        out = lines.join("\n");
        break;
      case 2:
        lines[line] = rand(2) ? ` ${" ".repeat(rand(3))}${lines[line]}` : lines[line]!.replace(/^ {1,3}/, "");
        out = lines.join("\n");
        break;
      case 3:
        if (line + 1 < lines.length) [lines[line], lines[line + 1]] = [lines[line + 1]!, lines[line]!];
        out = lines.join("\n");
        break;
      case 4: {
        // After a mapping indicator or a dash: where a value starts.
        const m = /: |- /g;
        m.lastIndex = at;
        const hit = m.exec(out);
        const pos = hit ? hit.index + 2 : at;
        out = out.slice(0, pos) + SNIPPETS[rand(SNIPPETS.length)] + out.slice(pos);
        break;
      }
      case 5: {
        const indent = /^ */.exec(lines[line]!)![0];
        lines.splice(line, 0, indent + SNIPPETS[rand(SNIPPETS.length)]);
        out = lines.join("\n");
        break;
      }
      default:
        out = out.slice(0, at) + SNIPPETS[rand(SNIPPETS.length)] + out.slice(at);
    }
  }
  return out;
}
