/** Small helpers for credentials and configuration. */
/** Resolves a value given directly or by a (possibly async) supplier function, e.g. a token refresher. */
export declare function resolveSupplier<T>(value: T | (() => T | Promise<T>)): Promise<T>;
/**
 * Reads an environment variable (trimmed; `undefined` when unset or blank). Works on Node, Bun and Deno, and returns
 * `undefined` where there is no environment (browsers) or no permission to read it (Deno): it never throws.
 */
export declare function readEnv(name: string): string | undefined;
/** The `Authorization` header value for HTTP Basic auth: "Basic " + base64(UTF-8 "user:pass"), without Buffer. */
export declare function basicAuth(username: string, password: string): string;
/** Base64 of a string's UTF-8 bytes, using `btoa`. */
export declare function base64(text: string): string;
