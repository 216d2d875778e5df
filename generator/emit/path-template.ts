/**
 * The `path` of a request spec. The template is split on its `{name}` placeholders first (the rule validate/ and
 * ir/ use); only then are literal parts escaped for a template literal, so a parameter name with `$`, a backtick,
 * `{`, `/` or a backslash still finds its value, and nothing in the path can end the literal or open `${`.
 */
import type { Parameter } from "../ir/types.js";
import { stringLiteral, templateText as literal } from "./escape.js";

/** The path as a string literal, or as an arrow function when it encodes parameters (a bad value then rejects the call). */
export function pathSource(spec: string, args: ReadonlyArray<{ param: Parameter; ident: string }>): string {
  // A path key without its leading slash (validation warns) would be glued to the host: `https://api.example.com` +
  // `.evil.com/x`. It is always a path below the base URL.
  const path = spec.startsWith("/") ? spec : `/${spec}`;
  if (args.length === 0) return stringLiteral(path);
  let out = "";
  let last = 0;
  for (const m of path.matchAll(/\{([^}]+)\}/g)) {
    const a = args.find((x) => x.param.name === m[1]);
    out += literal(path.slice(last, m.index));
    // The name is always passed: an empty value is refused with an error naming the parameter.
    out += a
      ? `\${encodePathParam(${a.ident}, ${stringLiteral(a.param.style)}, ${a.param.explode}, ${stringLiteral(a.param.name)})}`
      : literal(m[0]);
    last = m.index + m[0].length;
  }
  return "() => `" + out + literal(path.slice(last)) + "`";
}
