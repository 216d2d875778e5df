/** URL building and OpenAPI 3 parameter serialization (query, path, header). */
import { SdkError } from "./errors.js";
import type { QueryParam } from "./types.js";

/** A lone surrogate is not Unicode (encodeURI* would throw URIError): it is sent as U+FFFD, as fetch does for bodies. */
const wellFormed = (s: string): string =>
  s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (c) => (c.length === 2 ? c : "\uFFFD"));
const enc = (s: string): string => encodeURIComponent(wellFormed(s));
/** allowReserved: keep RFC 3986 reserved characters, except "#" which would end the URL. */
const encReserved = (s: string): string => encodeURI(wellFormed(s)).replace(/#/g, "%23");

/** Plain objects (not arrays, Dates or Blobs) are serialized as key/value maps. */
const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** A scalar as text: Date → ISO 8601, null → "", objects → JSON, else `String()` (booleans → "true"/"false"). */
function str(v: unknown): string {
  return v == null ? "" : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** Defined entries of an object, as [key, value] pairs. */
const entries = (v: Record<string, unknown>): [string, unknown][] =>
  Object.entries(v).filter((e) => e[1] !== undefined);

/**
 * Serializes query parameters per OpenAPI 3 (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`;
 * explode; allowReserved), without the leading "?". `undefined` values are skipped; `null` gives an empty value.
 */
export function serializeQuery(params: readonly QueryParam[]): string {
  const out: string[] = [];
  const add = (key: string, value: string): void => void out.push(key + "=" + value);
  for (const p of params) {
    const { value, style = "form" } = p;
    if (value === undefined) continue;
    const e = p.allowReserved ? encReserved : enc;
    const key = enc(p.name);
    const list = Array.isArray(value);
    if (style === "deepObject") deepObject(add, key, value, e);
    else if (list || isMap(value)) {
      const delim = style === "spaceDelimited" ? "%20" : style === "pipeDelimited" ? "|" : ",";
      const pairs = list
        ? value.filter((v) => v !== undefined).map((v) => [key, e(str(v))])
        : entries(value).map(([k, v]) => [enc(k), e(str(v))]);
      if (p.explode ?? style === "form") for (const [k, v] of pairs) add(k!, v!);
      else add(key, pairs.map(([k, v]) => (list ? v : k + delim + v)).join(delim));
    } else add(key, e(str(value)));
  }
  return out.join("&");
}

/** deepObject: `name[key]=value`, recursing into nested objects; arrays repeat the key. */
function deepObject(
  add: (key: string, value: string) => void,
  key: string,
  value: unknown,
  e: (s: string) => string,
): void {
  if (isMap(value)) for (const [k, v] of entries(value)) deepObject(add, `${key}[${enc(k)}]`, v, e);
  else for (const v of Array.isArray(value) ? value : [value]) if (v !== undefined) add(key, e(str(v)));
}

/**
 * Joins `baseUrl` (trailing slashes ignored) and `path` (already encoded; an absolute URL is used as-is, e.g. a
 * `Link: rel="next"` target) and appends the serialized `query`.
 * With `secretParams`, returns the display form instead: those parameters' values replaced by `***` (see {@link redactUrl}).
 */
export function buildUrl(
  baseUrl: string,
  path: string,
  query?: readonly QueryParam[],
  secretParams?: readonly string[],
): string {
  let url = /^[a-z][a-z\d+.-]*:\/\//i.test(path) ? path : baseUrl.replace(/\/+$/, "") + path;
  const qs = query ? serializeQuery(query) : "";
  if (qs) url += (url.includes("?") ? "&" : "?") + qs;
  return secretParams ? redactUrl(url, secretParams) : url;
}

/**
 * The URL safe to show: values of the `secretParams` query parameters and any userinfo password replaced by `***`.
 * Returns the input unchanged when there is nothing to hide. Throws a `TypeError` if `url` is not absolute and valid.
 */
export function redactUrl(url: string, secretParams: readonly string[] = []): string {
  const u = new URL(url);
  let changed = false;
  if (u.password) {
    u.password = "***";
    changed = true;
  }
  for (const name of secretParams) {
    if (u.searchParams.has(name)) {
      u.searchParams.set(name, "***");
      changed = true;
    }
  }
  return changed ? u.href : url;
}

/**
 * Serializes a path parameter per OpenAPI 3 (`simple`, `label` ".x", `matrix` ";name=x"; explode), always
 * percent-encoded (a "/" in a value becomes %2F). Throws `SdkError` for an empty value (`""`, `null`, `undefined`,
 * `[]`, `{}`) in `simple` and `label` style, which would call another route (`GET /files/` for `/files/{id}`), and
 * for "." and ".." with `simple`, which URL parsers would otherwise resolve as dot segments.
 */
export function encodePathParam(
  value: unknown,
  style: "simple" | "label" | "matrix" = "simple",
  explode = false,
  name = "",
): string {
  const map = isMap(value);
  const items = Array.isArray(value)
    ? value.map((v) => enc(str(v)))
    : map
      ? entries(value).map(([k, v]) => enc(k) + (explode ? "=" : ",") + enc(str(v)))
      : [enc(str(value))];
  // `matrix` names the parameter, so an empty value (";id") keeps its place; the other styles would lose it.
  if (style !== "matrix" && items.every((i) => i === ""))
    throw new SdkError(`Path parameter ${name ? `"${name}" ` : ""}must not be empty`);
  const named = ";" + enc(name) + "=";
  const matrix = style === "matrix";
  // RFC 6570: {x} a,b · {.x} .a,b / .a.b · {;x} ;x=a,b / ;x=a;x=b / ;k=v;k2=v2
  let out =
    (style === "label" ? "." : matrix ? (explode && map ? ";" : named) : "") +
    items.join(!explode ? "," : style === "label" ? "." : matrix ? (map ? ";" : named) : ",");
  if (matrix && out.endsWith("=")) out = out.slice(0, -1); // ";x" for an empty value
  if (style === "simple" && (out === "." || out === "..")) {
    throw new SdkError(`Path parameter ${name ? `"${name}" ` : ""}value "${out}" is not allowed`);
  }
  return out;
}

/**
 * A cookie's value, as a header parameter is serialized, then percent-encoded (`;`, `=` and spaces cannot stand in a
 * Cookie header; a lone surrogate is sent as U+FFFD, where encodeURIComponent would throw).
 */
export function encodeCookieValue(value: unknown): string {
  return enc(serializeHeaderValue(value) ?? "");
}

/**
 * Serializes a header parameter (OpenAPI `simple` style, not percent-encoded): arrays "a,b",
 * objects "k1,v1,k2,v2" (explode: "k1=v1,k2=v2"), Date ISO. Returns `undefined` for `undefined`.
 */
export function serializeHeaderValue(value: unknown, explode = false): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(str).join(",");
  if (isMap(value))
    return entries(value)
      .map(([k, v]) => k + (explode ? "=" : ",") + str(v))
      .join(",");
  return str(value);
}
