/**
 * YAML aliases, checked once the text is parsed. An anchor that contains an alias of itself (`Self: &s {child: *s}`)
 * makes the parsed document a cycle, which every later walk would follow forever; an alias fan-out ("billion
 * laughs") makes the parser give up with an exception. Both are refused with a diagnostic at the alias.
 */
import { isAlias, isCollection, isPair, isScalar, visit, type Document, type LineCounter } from "yaml";
import { fail } from "../diagnostics.js";
import { escapePointer } from "../pointer.js";

interface Place {
  line?: number;
  column?: number;
  pointer: string;
}

/** The JSON pointer and line of the first alias node in the document (the place an alias diagnostic names). */
function firstAlias(parsed: Document, lines: LineCounter, lineOffset: number, which: (source: unknown) => boolean): Place | undefined {
  let found: Place | undefined;
  visit(parsed, {
    Alias(_key, node, path) {
      if (!which(node.resolve(parsed))) return undefined;
      const segments: string[] = [];
      for (let i = 0; i < path.length; i++) {
        const step = path[i];
        const next = path[i + 1] ?? node;
        if (isPair(step)) segments.push(escapePointer(String(isScalar(step.key) ? step.key.value : step.key)));
        else if (isCollection(step) && !isPair(next) && "items" in step) segments.push(String((step.items as unknown[]).indexOf(next)));
      }
      const pos = node.range ? lines.linePos(node.range[0]) : undefined;
      found = {
        pointer: segments.length ? `/${segments.join("/")}` : "",
        ...(pos ? { line: pos.line + lineOffset, column: pos.col } : {}),
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** `parsed.toJS(…)`, refusing an alias bomb at its first alias instead of throwing the parser's ReferenceError. */
export function toJsGuarded(parsed: Document, lines: LineCounter, file: string, lineOffset: number, maxAliasCount: number): unknown {
  try {
    return parsed.toJS({ maxAliasCount });
  } catch (e) {
    if (!/alias/i.test(String((e as Error)?.message))) throw e;
    const at = firstAlias(parsed, lines, lineOffset, () => true) ?? { pointer: "" };
    fail(
      "load",
      "load/alias-expansion",
      { file, ...at },
      `YAML aliases expand to more than ${maxAliasCount} nodes (an alias bomb): not read`,
    );
  }
}

/** Refuses a document whose anchors contain aliases of themselves (the parsed value would be a cycle). */
export function refuseAliasCycles(doc: unknown, parsed: Document, lines: LineCounter, file: string, lineOffset: number): void {
  const cyclic = cycleMember(doc);
  if (cyclic === undefined) return;
  // The alias that points at (an ancestor holding) the cyclic value.
  const at = firstAlias(parsed, lines, lineOffset, (source) => isCollection(source) && containsAliasOf(source)) ?? { pointer: "" };
  fail(
    "load",
    "load/alias-cycle",
    { file, ...at },
    "this YAML alias refers to a node that contains it, so the value would never end: not read",
  );
}

/** Whether a collection node holds an alias of itself somewhere below it. */
function containsAliasOf(source: unknown): boolean {
  let found = false;
  visit(source as Parameters<typeof visit>[0], {
    Alias(_k, node) {
      if (isAlias(node) && node.source !== undefined && isCollection(source) && source.anchor === node.source) found = true;
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}

/** An object that is its own ancestor in `doc`, if any (iterative: shared, acyclic aliases are visited once). */
function cycleMember(doc: unknown): object | undefined {
  const done = new Set<object>();
  const onPath = new Set<object>();
  const stack: Array<{ node: object; children: unknown[]; i: number }> = [];
  const enter = (v: unknown): object | undefined => {
    if (v === null || typeof v !== "object" || done.has(v)) return undefined;
    if (onPath.has(v)) return v;
    onPath.add(v);
    stack.push({ node: v, children: Object.values(v), i: 0 });
    return undefined;
  };
  const first = enter(doc);
  if (first) return first;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.i < top.children.length) {
      const hit = enter(top.children[top.i++]);
      if (hit) return hit;
    } else {
      stack.pop();
      onPath.delete(top.node);
      done.add(top.node);
    }
  }
  return undefined;
}
