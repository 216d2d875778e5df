/**
 * A toy second-language emitter: a Python-flavoured outline of the SDK (client, resource classes and methods,
 * error classes, TypedDicts), written against generator/ir/types.ts alone — the proof that the IR carries
 * everything another language needs and nothing TypeScript-specific. It imports no other generator module.
 */
import type { Api, NamedType, Operation, TypeRef, Words } from "../../generator/ir/types.js";

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

const safe = (id: string) => (KEYWORDS.has(id) ? `${id}_` : /^[0-9]/.test(id) ? `_${id}` : id);
export const snake = (w: Words) => safe(w.map((x) => x.toLowerCase()).join("_"));
export const pascal = (w: Words) => safe(w.map((x) => x.charAt(0).toUpperCase() + x.slice(1)).join(""));
const wireKey = (s: string) => JSON.stringify(s);

function py(t: TypeRef, types: Map<string, NamedType>): string {
  switch (t.kind) {
    case "named":
      return JSON.stringify(pascal(types.get(t.name)?.words ?? [t.name]));
    case "primitive":
      return {
        string: "str",
        number: "float",
        integer: "int",
        boolean: "bool",
        null: "None",
        unknown: "Any",
        "date-time": "datetime",
        date: "str",
        binary: "bytes",
      }[t.type];
    case "literal":
      return `Literal[${JSON.stringify(t.value)}]`;
    case "enum":
      return `Literal[${t.values.map((v) => JSON.stringify(v)).join(", ")}]`;
    case "array":
      return `list[${py(t.items, types)}]`;
    case "map":
      return `dict[str, ${py(t.values, types)}]`;
    case "object":
      return "dict[str, Any]";
    case "union":
      return t.variants.map((v) => py(v, types)).join(" | ");
    case "intersection":
      return py(t.parts[0] ?? { kind: "primitive", type: "unknown" }, types);
    case "nullable":
      return `Optional[${py(t.type, types)}]`;
  }
}

function method(op: Operation, types: Map<string, NamedType>): string {
  const args = op.params.filter((p) => p.in === "path").map((p) => `${safe(p.name)}: ${py(p.type, types)}`);
  if (op.body || op.params.some((p) => p.in !== "path")) args.push(`request: ${JSON.stringify(pascal(op.requestTypeName))}`);
  return `    def ${snake(op.name)}(self${args.map((a) => `, ${a}`).join("")}) -> Any: ...  # ${op.method} ${op.path}`;
}

/** The outline: one line per declaration, in IR order. */
export function pythonOutline(api: Api): string {
  const types = new Map(api.types.map((t) => [t.name, t]));
  const out: string[] = [`# ${api.package.name} ${api.package.version}: ${api.title}`];
  for (const t of api.types) {
    out.push(`class ${pascal(t.words)}(TypedDict):`);
    const shape = t.type.kind === "nullable" ? t.type.type : t.type;
    if (shape.kind === "object" && shape.properties.length)
      for (const p of shape.properties) out.push(`    ${wireKey(p.name)}: ${py(p.type, types)}${p.required ? "" : "  # optional"}`);
    else out.push(`    __root__: ${py(t.type, types)}`);
  }
  out.push(`class ${pascal(api.client.errorBaseClass)}(Exception): ...`);
  for (const e of api.errors)
    if (e.name) out.push(`class ${pascal([...e.name, "error"])}(${pascal(api.client.errorBaseClass)}): ...  # HTTP ${e.status}`);
  for (const r of api.resources) {
    out.push(`class ${pascal(r.name)}:`);
    for (const op of r.operations) out.push(method(op, types));
    for (const w of r.waiters ?? []) out.push(`    def ${snake(w.name)}(self, *args: Any) -> Any: ...  # polls ${w.operation}`);
  }
  out.push(`class ${pascal(api.client.className)}:`);
  const options = [
    ...api.clientHeaders.map((h) => `${snake(h.option)}: Optional[str] = None`),
    ...(api.client.auth.option ? [`${snake(api.client.auth.option)}: Optional[str] = None`] : []),
    `timeout: float = ${api.client.timeoutInSeconds}`,
    `max_retries: int = ${api.client.maxRetries}`,
  ];
  out.push(`    def __init__(self, *, ${options.join(", ")}) -> None: ...`);
  for (const r of api.resources) out.push(`    ${snake(r.name)}: ${pascal(r.name)}`);
  return `${out.join("\n")}\n`;
}
