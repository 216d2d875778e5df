/** Small helpers to read what reached the wire (shared by the live tests). */
import type { RecordedRequest } from "../helpers/http.js";

/** Path and query of a recorded request. */
export function urlOf(req: RecordedRequest): URL {
  return new URL(req.url, "http://wire.invalid");
}

/** All query parameters as name → every value in order (repeated parameters keep each value). */
export function queryOf(req: RecordedRequest): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of urlOf(req).searchParams) out[k] = [...(out[k] ?? []), v];
  return out;
}

/** The JSON body of a recorded request. */
export function jsonBody(req: RecordedRequest): unknown {
  return JSON.parse(req.body.toString("utf8"));
}

export interface WirePart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  text: string;
}

/** Parses a multipart/form-data body (with the platform's own parser) into its parts, in order. */
export async function multipartParts(req: RecordedRequest): Promise<WirePart[]> {
  const contentType = String(req.headers["content-type"] ?? "");
  if (!contentType.startsWith("multipart/form-data")) throw new Error(`not a multipart request: content-type ${contentType}`);
  const form = await new Response(new Uint8Array(req.body), {
    headers: { "content-type": contentType },
  }).formData();
  const entries: Array<[string, FormDataEntryValue]> = [];
  form.forEach((value, name) => {
    entries.push([name, value]);
  });
  const parts: WirePart[] = [];
  for (const [name, value] of entries) {
    if (typeof value === "string")
      parts.push({
        name,
        filename: undefined,
        contentType: undefined,
        text: value,
      });
    else
      parts.push({
        name,
        filename: value.name,
        contentType: value.type,
        text: await value.text(),
      });
  }
  return parts;
}
