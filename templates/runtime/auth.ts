/** Small helpers for credentials and configuration. */

/** Resolves a value given directly or by a (possibly async) supplier function, e.g. a token refresher. */
export async function resolveSupplier<T>(value: T | (() => T | Promise<T>)): Promise<T> {
  return typeof value === "function" ? await (value as () => T | Promise<T>)() : value;
}

/**
 * Reads an environment variable (trimmed; `undefined` when unset or blank). Works on Node, Bun and Deno, and returns
 * `undefined` where there is no environment (browsers) or no permission to read it (Deno): it never throws.
 */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get(n: string): string | undefined } };
  };
  try {
    return (g.process?.env?.[name] ?? g.Deno?.env?.get(name))?.trim() || undefined;
  } catch {
    return undefined; // Deno without --allow-env
  }
}

/** The `Authorization` header value for HTTP Basic auth: "Basic " + base64(UTF-8 "user:pass"), without Buffer. */
export function basicAuth(username: string, password: string): string {
  return "Basic " + base64(`${username}:${password}`);
}

/** Base64 of a string's UTF-8 bytes, using `btoa`. */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
