/**
 * Which named types recur through their own definition. TypeScript resolves a type alias eagerly through
 * `Record<string, …>` (a generic alias), so `type A = Record<string, A>` is TS2456; an index signature
 * (`{ [key: string]: A }`, or an interface) is resolved lazily and legal. Maps that can reach a recursive type
 * are spelled with an index signature; all others keep the shorter `Record` form.
 */
import type { NamedType, TypeRef } from "../ir/types.js";

const cache = new WeakMap<readonly NamedType[], Set<string>>();

/** The names of the types that lie on a cycle of references (Tarjan's strongly connected components, iterative). */
export function recursiveTypes(types: readonly NamedType[]): Set<string> {
  let found = cache.get(types);
  if (found) return found;
  found = new Set();
  const edges = new Map(types.map((t) => [t.name, [...namedRefs(t.type)]]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  let next = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ name: string; i: number }> = [{ name: root, i: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const out = edges.get(top.name) ?? [];
      if (top.i < out.length) {
        const to = out[top.i++]!;
        if (!edges.has(to)) continue;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ name: to, i: 0 });
        } else if (onStack.has(to)) low.set(top.name, Math.min(low.get(top.name)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(top.name)!));
      if (low.get(top.name) !== index.get(top.name)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== top.name);
      if (component.length > 1 || edges.get(top.name)!.includes(top.name)) for (const m of component) found.add(m);
    }
  }
  cache.set(types, found);
  return found;
}

/** Whether a map of `values` must be spelled with an index signature (its values can reach a recursive type). */
export function needsIndexSignature(types: readonly NamedType[], values: TypeRef): boolean {
  const recursive = recursiveTypes(types);
  if (recursive.size === 0) return false;
  for (const name of namedRefs(values)) if (recursive.has(name)) return true;
  return false;
}

/** The named types a type refers to directly (not through other named types). */
function namedRefs(t: TypeRef, out = new Set<string>()): Set<string> {
  const todo: TypeRef[] = [t];
  while (todo.length) {
    const x = todo.pop()!;
    switch (x.kind) {
      case "named":
        out.add(x.name);
        break;
      case "array":
        todo.push(x.items);
        break;
      case "map":
        todo.push(x.values);
        break;
      case "object":
        for (const p of x.properties) todo.push(p.type);
        if (x.additional) todo.push(x.additional);
        break;
      case "union":
        todo.push(...x.variants);
        for (const m of x.discriminator?.mapping ?? []) out.add(m.type);
        break;
      case "intersection":
        todo.push(...x.parts);
        break;
      case "nullable":
        todo.push(x.type);
        break;
    }
  }
  return out;
}
