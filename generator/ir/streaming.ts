/**
 * Operations that stream only when a request flag says so (`stream: true`): marked by Fern's `x-fern-streaming`
 * extension (`stream-condition: $request.stream`, `response`, `response-stream`) or by the config
 * (`operations.<id>.streamingFlag: stream` on an operation answering both JSON and `text/event-stream`).
 * They become two methods: `<name>` (flag sent as false, JSON response) and `<name>Stream` (flag sent as true,
 * server-sent events), and the flag leaves the request type.
 */
import type { OperationConfig } from "../config.js";
import { pascalCase } from "../words.js";
import { toType, type SchemaContext } from "./schemas.js";
import type { Operation } from "./types.js";

export function splitStreaming(
  ctx: SchemaContext,
  raw: any,
  op: Operation,
  config: OperationConfig | undefined,
  pointer: string,
): Operation[] {
  const ext = raw["x-fern-streaming"];
  const condition = typeof ext === "object" && ext ? String(ext["stream-condition"] ?? "") : "";
  const flag = /^\$request\.(.+)$/.exec(condition)?.[1] ?? config?.streamingFlag;
  if (!flag || !op.body || op.body.kind !== "json") return [op];

  const request = op.requestTypeName;
  const stem = pascalCase((request.at(-1) === "Request" ? request.slice(0, -1) : request).join(" "));
  const json = op.responses.find((r) => r.kind === "json");
  const sse = op.responses.find((r) => r.kind === "sse" || r.kind === "ndjson");
  const jsonType = ext?.response ? toType(ctx, ext.response, `${stem}Response`, `${pointer}/x-fern-streaming/response`) : json?.type;
  const eventType = ext?.["response-stream"]
    ? toType(ctx, ext["response-stream"], `${stem}StreamEvent`, `${pointer}/x-fern-streaming/response-stream`)
    : sse?.type;
  if (!eventType) {
    ctx.diagnostics.warn(
      "ir/streaming",
      ctx.sources.locate(pointer),
      `${op.id}: streaming flag "${flag}" but no event schema (response-stream or a text/event-stream response): not split`,
    );
    return [op];
  }
  const status = json?.status ?? sse?.status ?? "200";
  const plain: Operation = {
    ...op,
    streamFlag: { property: flag, value: false },
    responses: [{ status, kind: "json", contentType: "application/json", ...(jsonType ? { type: jsonType } : {}) }],
  };
  const streaming: Operation = {
    ...op,
    id: `${op.id}Stream`,
    name: [...op.name, "stream"],
    streamFlag: { property: flag, value: true },
    responses: [
      { status, kind: sse?.kind === "ndjson" ? "ndjson" : "sse", contentType: sse?.contentType ?? "text/event-stream", type: eventType },
    ],
    pagination: undefined,
  };
  delete streaming.pagination;
  ctx.diagnostics.info(
    "ir/streaming",
    ctx.sources.locate(pointer),
    `${op.id}: split on request flag "${flag}" into ${method(plain.id)} (JSON) and ${method(streaming.id)} (event stream)`,
  );
  return [plain, streaming];
}

/** The method part of an operation id (`chat.create` → `create`). */
const method = (id: string) => id.slice(id.indexOf(".") + 1);
