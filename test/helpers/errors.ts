/** Error helpers shared by the runtime, live and feature tests. */

/** Awaits a promise expected to reject and returns the error. */
export async function rejection(p: PromiseLike<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** Every string reachable from an error (own props, message, stack, cause chain, rawResponse…), for secret scanning. */
export function dumpError(e: unknown): string {
  const seen = new Set<unknown>();
  const parts: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || v == null) return;
    if (typeof v === "string") return void parts.push(v);
    if (typeof v !== "object" && typeof v !== "function") return void parts.push(String(v));
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof Headers) {
      v.forEach((val, k) => {
        parts.push(`${k}: ${val}`);
      });
      return;
    }
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) walk(d.value, depth + 1);
    }
    if (v instanceof Error) {
      parts.push(String(v.message), String(v.stack), String(v));
      walk(v.cause, depth + 1);
    }
  };
  walk(e, 0);
  return parts.join("\n");
}
