/**
 * Feature 3 — responses (spec: specs/responses.yaml): JSON, binary (→ Blob), text, 204/no content, several 2xx codes
 * with different schemas, and error responses — exact status, `4XX`/`5XX` ranges and `default` — with typed bodies
 * mapped (snake_case → camelCase) into error classes.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, rejection, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let client: any;
let sdk: any;

beforeAll(async () => {
  pkg = await generateFeature("responses");
  sdk = await pkg.load();
  server = await startFeatureServer();
  client = new sdk.TestClient({ baseUrl: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
});

describe("emitted code", () => {
  test("resource file", async () => {
    await expect(pkg.file("src/resources/responses.ts")).toMatchFileSnapshot(snapshotPath("responses", "resources/responses.ts"));
  });
  test("errors.ts, types.ts and mappers.ts", async () => {
    await expect(pkg.file("src/errors.ts")).toMatchFileSnapshot(snapshotPath("responses", "errors.ts"));
    await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("responses", "types.ts"));
    await expect(pkg.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("responses", "mappers.ts"));
  });
});

describe("success responses", () => {
  test("JSON: mapped to camelCase, dates to Date, sent with Accept: application/json", async () => {
    server.handle = (_req, res) => json(res, 200, { thing_id: "t-1", updated_at: "2024-01-02T03:04:05.000Z" });
    const thing = await client.responses.getThing("t-1");
    expect(thing).toStrictEqual({ thingId: "t-1", updatedAt: new Date("2024-01-02T03:04:05.000Z") });
    expect(server.last().headers.accept).toBe("application/json");
  });

  test("withRawResponse gives status and headers", async () => {
    server.handle = (_req, res) => json(res, 200, { thing_id: "t-2" }, { "x-request-id": "rid-1" });
    const { data, rawResponse } = await client.responses.getThing("t-2").withRawResponse();
    expect(data).toStrictEqual({ thingId: "t-2" });
    expect(rawResponse.status).toBe(200);
    expect(rawResponse.headers.get("x-request-id")).toBe("rid-1");
  });

  test("application/octet-stream → Blob with the exact bytes", async () => {
    const bytes = Buffer.from([0, 255, 1, 254, 128]);
    server.handle = (_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(bytes);
    };
    const blob = await client.responses.downloadThing("t-1");
    expect(blob).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toStrictEqual([...bytes]);
  });

  test("image/png → Blob with its content type", async () => {
    server.handle = (_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    };
    const blob = await client.responses.getPicture("t-1");
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe("image/png");
    expect(blob.size).toBe(4);
  });

  test("text/plain → string (UTF-8)", async () => {
    server.handle = (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end("# Read me ✓\nline 2");
    };
    expect(await client.responses.getReadme()).toBe("# Read me ✓\nline 2");
  });

  test("204 No Content → undefined", async () => {
    server.handle = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    expect(await client.responses.deleteThing("t-1")).toBeUndefined();
    expect(server.last().method).toBe("DELETE");
  });

  test("200 or 204 on one operation: a value, or undefined", async () => {
    server.handle = (_req, res) => json(res, 200, { thing_id: "t-3" });
    expect(await client.responses.getMaybe()).toStrictEqual({ thingId: "t-3" });
    server.handle = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    expect(await client.responses.getMaybe()).toBeUndefined();
  });

  test("200 and 202 with different schemas: each mapped by its own status", async () => {
    server.handle = (_req, res) => json(res, 200, { job_id: "j-1", result_text: "done", finished_at: "2024-01-01T00:00:00.000Z" });
    expect(await client.responses.submitJob({ jobName: "x" })).toStrictEqual({
      jobId: "j-1",
      resultText: "done",
      finishedAt: new Date("2024-01-01T00:00:00.000Z"),
    });
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({ job_name: "x" });
    server.handle = (_req, res) => json(res, 202, { job_id: "j-2", poll_after_seconds: 5 });
    expect(await client.responses.submitJob({ jobName: "y" })).toStrictEqual({ jobId: "j-2", pollAfterSeconds: 5 });
  });
});

describe("error responses", () => {
  test("404 → NotFoundError with its typed, mapped body and the request id", async () => {
    server.handle = (_req, res) => json(res, 404, { error_message: "no such thing", resource_id: "t-9" }, { "x-request-id": "req-404" });
    const err = await rejection(client.responses.getThing("t-9"));
    expect(err).toBeInstanceOf(sdk.NotFoundError);
    expect(err).toBeInstanceOf(sdk.TestError);
    expect(err.statusCode).toBe(404);
    expect(err.body).toStrictEqual({ errorMessage: "no such thing", resourceId: "t-9" });
    expect(err.requestId).toBe("req-404");
  });

  test("422 → its own class, nested arrays of objects mapped", async () => {
    server.handle = (_req, res) => json(res, 422, { field_errors: [{ field_name: "thing_id", error_message: "bad" }] });
    const err = await rejection(client.responses.getThing("bad id"));
    expect(err).toBeInstanceOf(sdk.UnprocessableEntityError);
    expect(err.body).toStrictEqual({ fieldErrors: [{ fieldName: "thing_id", errorMessage: "bad" }] });
  });

  test("another 4xx (418) → the 4XX range class with the 4XX body type", async () => {
    server.handle = (_req, res) => json(res, 418, { client_detail: "teapot" });
    const err = await rejection(client.responses.getThing("t"));
    expect(err).toBeInstanceOf(sdk.ClientError);
    expect(err).not.toBeInstanceOf(sdk.NotFoundError);
    expect(err.statusCode).toBe(418);
    expect(err.body).toStrictEqual({ clientDetail: "teapot" });
  });

  test("503 → the 5XX range class with the 5XX body type", async () => {
    server.handle = (_req, res) => json(res, 503, { retry_after_seconds: 30 });
    const err = await rejection(client.responses.getThing("t"));
    expect(err).toBeInstanceOf(sdk.ServerError);
    expect(err.statusCode).toBe(503);
    expect(err.body).toStrictEqual({ retryAfterSeconds: 30 });
  });

  test("a non-JSON error body is kept as text", async () => {
    server.handle = (_req, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<h1>Bad gateway</h1>");
    };
    const err = await rejection(client.responses.getThing("t"));
    expect(err).toBeInstanceOf(sdk.ServerError);
    expect(err.body).toBe("<h1>Bad gateway</h1>");
  });

  test("`default` error response: the body is typed and mapped (Problem → camelCase)", async () => {
    // onlyDefault declares 200 and `default` (Problem) only.
    server.handle = (_req, res) => json(res, 409, { problem_title: "conflict", trace_id: "tr-1" });
    const err = await rejection(client.responses.onlyDefault());
    expect(err).toBeInstanceOf(sdk.TestError);
    expect(err.statusCode).toBe(409);
    expect(err.body).toStrictEqual({ problemTitle: "conflict", traceId: "tr-1" });
  });

  test("error mapping is per operation: a 404 of an operation that declares only `default` is not another operation's NotFoundError", async () => {
    server.handle = (_req, res) => json(res, 404, { problem_title: "gone", trace_id: "tr-2" });
    const err = await rejection(client.responses.onlyDefault());
    expect(err).toBeInstanceOf(sdk.TestError);
    // getThing's 404 body type (NotFoundBody) must not be applied to onlyDefault's errors.
    expect(err.body).toStrictEqual({ problemTitle: "gone", traceId: "tr-2" });
  });

  test("with exact, range and `default` entries, a range entry wins over `default` (400 → 4XX class)", async () => {
    server.handle = (_req, res) => json(res, 400, { client_detail: "bad" });
    const err = await rejection(client.responses.getThing("t"));
    expect(err).toBeInstanceOf(sdk.ClientError);
  });
});
