import { afterEach, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { request } from "../../templates/runtime/fetcher.js";
import { guessContentType, toFormData } from "../../templates/runtime/multipart.js";
import type { MultipartPart, RequestSpec } from "../../templates/runtime/types.js";
import { json, makeCore, startServer, TestApiError, type TestServer } from "./helpers.js";

interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  body: Buffer;
}

/** Parses a raw multipart/form-data body as received on the wire. */
function parseMultipart(contentType: string, body: Buffer): Part[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType)!;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  for (;;) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    const raw = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const headerEnd = raw.indexOf("\r\n\r\n");
    const headers = raw.subarray(0, headerEnd).toString("utf8").split("\r\n");
    const part: Part = { name: "", body: raw.subarray(headerEnd + 4) };
    for (const h of headers) {
      const [k, ...v] = h.split(":");
      const value = v.join(":").trim();
      if (k!.toLowerCase() === "content-disposition") {
        part.name = /\bname="([^"]*)"/.exec(value)![1]!;
        const fn = /filename="([^"]*)"/.exec(value);
        if (fn) part.filename = fn[1];
      } else if (k!.toLowerCase() === "content-type") part.contentType = value;
    }
    parts.push(part);
    pos = next;
  }
  return parts;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const upload = (parts: MultipartPart[]): RequestSpec<unknown> => ({
  method: "POST",
  path: "/v1/datasets",
  responseType: "json",
  errors: { base: TestApiError },
  body: { type: "multipart", parts, toFormData },
});

describe("multipart", () => {
  it("sends fields, JSON parts and every kind of file input with filename and content type", async () => {
    server = await startServer((_req, res) => json(res, 200, { id: "ds_1" }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mp-"));
    const jsonl = path.join(dir, "train.jsonl");
    fs.writeFileSync(jsonl, '{"text":"a"}\n{"text":"b"}\n');
    const png = path.join(dir, "pic.PNG");
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    async function* chunks() {
      yield "chunk-";
      yield new TextEncoder().encode("iterable");
    }
    const parts: MultipartPart[] = [
      { kind: "field", name: "name", value: "my dataset" },
      { kind: "field", name: "count", value: 3 },
      { kind: "field", name: "flag", value: true },
      { kind: "field", name: "when", value: new Date("2024-01-02T03:04:05Z") },
      { kind: "field", name: "keep", value: ["a", "b"] },
      { kind: "field", name: "skipped", value: undefined },
      { kind: "json", name: "meta", value: { a: 1, é: "ü" } },
      { kind: "file", name: "data", value: fs.createReadStream(jsonl) },
      { kind: "file", name: "image", value: fs.createReadStream(png) },
      { kind: "file", name: "blob", value: new Blob(["csv,data"], { type: "text/csv" }) },
      { kind: "file", name: "named", value: new File(["hello"], "hello.txt", { type: "text/plain" }) },
      { kind: "file", name: "bytes", value: new Uint8Array([1, 2, 3]) },
      { kind: "file", name: "buffer", value: Buffer.from("node buffer") },
      { kind: "file", name: "web", value: new Blob(["from web stream"]).stream() },
      { kind: "file", name: "iter", value: chunks() },
      { kind: "file", name: "node", value: Readable.from([Buffer.from("node "), Buffer.from("readable")]) },
      { kind: "file", name: "wrapped", value: { data: Buffer.from("{}"), filename: "custom.bin", contentType: "application/x-custom" } },
      { kind: "file", name: "declared", value: new Uint8Array([0]), contentType: "audio/wav" },
      { kind: "file", name: "wildcard", value: { data: new Uint8Array([0]), filename: "x.pdf" }, contentType: "application/*" },
      { kind: "file", name: "none", value: undefined },
      { kind: "files", name: "many", value: [new Blob(["1"]), new Blob(["2"])] },
    ];
    expect(await request(makeCore(server.url), upload(parts))).toEqual({ id: "ds_1" });

    const r = server.requests[0]!;
    expect(r.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const got = parseMultipart(r.headers["content-type"]!, r.body);
    const by = (name: string) => got.filter((p) => p.name === name);
    const one = (name: string) => {
      const [p] = by(name);
      expect(p, name).toBeDefined();
      return { ...p!, text: p!.body.toString("utf8") };
    };

    expect(one("name").text).toBe("my dataset");
    expect(one("name").filename).toBeUndefined();
    expect(one("count").text).toBe("3");
    expect(one("flag").text).toBe("true");
    expect(one("when").text).toBe("2024-01-02T03:04:05.000Z");
    expect(by("keep").map((p) => p.body.toString())).toEqual(["a", "b"]);
    expect(by("skipped")).toHaveLength(0);
    expect(by("none")).toHaveLength(0);

    expect(one("meta").contentType).toBe("application/json");
    expect(JSON.parse(one("meta").text)).toEqual({ a: 1, é: "ü" });

    expect(one("data")).toMatchObject({ filename: "train.jsonl", contentType: "application/jsonl", text: '{"text":"a"}\n{"text":"b"}\n' });
    expect(one("image")).toMatchObject({ filename: "pic.PNG", contentType: "image/png" });
    expect([...one("image").body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(one("blob")).toMatchObject({ filename: "blob", contentType: "text/csv", text: "csv,data" });
    expect(one("named")).toMatchObject({ filename: "hello.txt", contentType: "text/plain", text: "hello" });
    expect(one("bytes")).toMatchObject({ filename: "bytes", contentType: "application/octet-stream" });
    expect([...one("bytes").body]).toEqual([1, 2, 3]);
    expect(one("buffer")).toMatchObject({ filename: "buffer", text: "node buffer" });
    expect(one("web")).toMatchObject({ filename: "web", contentType: "application/octet-stream", text: "from web stream" });
    expect(one("iter")).toMatchObject({ filename: "iter", text: "chunk-iterable" });
    expect(one("node")).toMatchObject({ filename: "node", text: "node readable" });
    expect(one("wrapped")).toMatchObject({ filename: "custom.bin", contentType: "application/x-custom", text: "{}" });
    expect(one("declared")).toMatchObject({ filename: "declared", contentType: "audio/wav" });
    expect(one("wildcard")).toMatchObject({ filename: "x.pdf", contentType: "application/pdf" });
    expect(by("many").map((p) => p.body.toString())).toEqual(["1", "2"]);
  });

  it("a multipart body with a file stream is replayed identically on retry", async () => {
    server = await startServer((_req, res, _r, i) => (i === 0 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, {})));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mp-")), "data.csv");
    fs.writeFileSync(file, "a,b\n1,2\n".repeat(5000));
    await request(makeCore(server.url), {
      ...upload([{ kind: "file", name: "file", value: fs.createReadStream(file) }]),
      headers: { "Content-Type": "multipart/form-data" },
    });
    expect(server.requests).toHaveLength(2);
    const [a, b] = server.requests.map((r) => parseMultipart(r.headers["content-type"]!, r.body)[0]!);
    expect(a!.filename).toBe("data.csv");
    expect(a!.contentType).toBe("text/csv");
    expect(a!.body.toString()).toBe("a,b\n1,2\n".repeat(5000));
    expect(b!.body.equals(a!.body)).toBe(true);
    // a caller's Content-Type must not break the boundary
    expect(server.requests[1]!.headers["content-type"]).toMatch(/boundary=/);
  });

  it("guessContentType and toFormData basics", async () => {
    expect(guessContentType("a.JSON")).toBe("application/json");
    expect(guessContentType("x.jpeg")).toBe("image/jpeg");
    expect(guessContentType("noext")).toBeUndefined();
    expect(guessContentType("a.unknown")).toBeUndefined();
    const form = await toFormData([
      { kind: "field", name: "obj", value: { a: 1 } },
      { kind: "field", name: "n", value: null },
    ]);
    expect(form.get("obj")).toBe('{"a":1}');
    expect(form.has("n")).toBe(false);
  });
});
