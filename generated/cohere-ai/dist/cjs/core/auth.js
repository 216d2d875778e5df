"use strict";
/** Small helpers for credentials and configuration. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveSupplier = resolveSupplier;
exports.readEnv = readEnv;
exports.basicAuth = basicAuth;
exports.base64 = base64;
/** Resolves a value given directly or by a (possibly async) supplier function, e.g. a token refresher. */
async function resolveSupplier(value) {
    return typeof value === "function" ? await value() : value;
}
/**
 * Reads an environment variable (trimmed; `undefined` when unset or blank). Works on Node, Bun and Deno, and returns
 * `undefined` where there is no environment (browsers) or no permission to read it (Deno): it never throws.
 */
function readEnv(name) {
    const g = globalThis;
    try {
        return (g.process?.env?.[name] ?? g.Deno?.env?.get(name))?.trim() || undefined;
    }
    catch {
        return undefined; // Deno without --allow-env
    }
}
/** The `Authorization` header value for HTTP Basic auth: "Basic " + base64(UTF-8 "user:pass"), without Buffer. */
function basicAuth(username, password) {
    return "Basic " + base64(`${username}:${password}`);
}
/** Base64 of a string's UTF-8 bytes, using `btoa`. */
function base64(text) {
    let binary = "";
    for (const byte of new TextEncoder().encode(text))
        binary += String.fromCharCode(byte);
    return btoa(binary);
}
