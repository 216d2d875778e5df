import type { QueryParam } from "./types.js";
/**
 * Serializes query parameters per OpenAPI 3 (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`;
 * explode; allowReserved), without the leading "?". `undefined` values are skipped; `null` gives an empty value.
 */
export declare function serializeQuery(params: readonly QueryParam[]): string;
/**
 * Joins `baseUrl` (trailing slashes ignored) and `path` (already encoded; an absolute URL is used as-is, e.g. a
 * `Link: rel="next"` target) and appends the serialized `query`.
 * With `secretParams`, returns the display form instead: those parameters' values replaced by `***` (see {@link redactUrl}).
 */
export declare function buildUrl(baseUrl: string, path: string, query?: readonly QueryParam[], secretParams?: readonly string[]): string;
/**
 * The URL safe to show: values of the `secretParams` query parameters and any userinfo password replaced by `***`.
 * Returns the input unchanged when there is nothing to hide. Throws a `TypeError` if `url` is not absolute and valid.
 */
export declare function redactUrl(url: string, secretParams?: readonly string[]): string;
/**
 * Serializes a path parameter per OpenAPI 3 (`simple`, `label` ".x", `matrix` ";name=x"; explode), always
 * percent-encoded (a "/" in a value becomes %2F). Throws `SdkError` for an empty value (`""`, `null`, `undefined`,
 * `[]`, `{}`) in `simple` and `label` style, which would call another route (`GET /files/` for `/files/{id}`), and
 * for "." and ".." with `simple`, which URL parsers would otherwise resolve as dot segments.
 */
export declare function encodePathParam(value: unknown, style?: "simple" | "label" | "matrix", explode?: boolean, name?: string): string;
/**
 * A cookie's value, as a header parameter is serialized, then percent-encoded (`;`, `=` and spaces cannot stand in a
 * Cookie header; a lone surrogate is sent as U+FFFD, where encodeURIComponent would throw).
 */
export declare function encodeCookieValue(value: unknown): string;
/**
 * Serializes a header parameter (OpenAPI `simple` style, not percent-encoded): arrays "a,b",
 * objects "k1,v1,k2,v2" (explode: "k1=v1,k2=v2"), Date ISO. Returns `undefined` for `undefined`.
 */
export declare function serializeHeaderValue(value: unknown, explode?: boolean): string | undefined;
