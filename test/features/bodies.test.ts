/**
 * Feature 2 — request bodies (spec: specs/bodies.yaml): application/json (camelCase ↔ snake_case, nested objects,
 * arrays of objects, Date ↔ ISO 8601), multipart/form-data (file arrays, per-part encoding contentType, a JSON object
 * part), application/x-www-form-urlencoded, application/octet-stream (Blob, bytes, a Node stream) and text/plain.
 */
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, multipartParts, rawPairs, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let vendorPkg: GeneratedPackage | undefined;
let vendorFailure: unknown;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let client: any;
let vendorClient: any;

beforeAll(async () => {
  server = await startFeatureServer();
  // vendor-json.yaml is a separate spec so that a failure to generate it does not hide the other body tests.
  const [main, vendor] = await Promise.allSettled([generateFeature("bodies"), generateFeature("vendorJson")]);
  if (main.status === "rejected") throw main.reason;
  pkg = main.value;
  client = new (await pkg.load()).TestClient({ baseUrl: server.url, maxRetries: 0 });
  if (vendor.status === "fulfilled") {
    vendorPkg = vendor.value;
    vendorClient = new (await vendorPkg.load()).TestClient({ baseUrl: server.url, maxRetries: 0 });
  } else vendorFailure = vendor.reason;
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
  vendorPkg?.cleanup();
});

describe("emitted code", () => {
  test("resource file", async () => {
    await expect(pkg.file("src/resources/bodies.ts")).toMatchFileSnapshot(snapshotPath("bodies", "resources/bodies.ts"));
  });
  test("types.ts and mappers.ts", async () => {
    await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("bodies", "types.ts"));
    await expect(pkg.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("bodies", "mappers.ts"));
  });
});

describe("application/json", () => {
  test("nested objects, arrays of objects and dates are sent snake_case / ISO and read back camelCase / Date", async () => {
    const wireOrder = {
      order_id: "o-1",
      created_at: "2024-03-04T05:06:07.000Z",
      customer_name: "Ada",
      shipping_address: { street_line: "1 Main St", zip_code: "12345" },
      line_items: [
        { product_id: "p-1", quantity: 2, unit_price: 9.5, added_at: "2024-03-04T05:00:00.000Z" },
        { product_id: "p-2", quantity: 1, extra_field: { keep_me: true } },
      ],
      deliver_by: "2024-03-10T00:00:00.000Z",
      unknown_top: 1,
    };
    server.handle = (_req, res) => json(res, 201, wireOrder);
    const order = await client.bodies.createOrder({
      customerName: "Ada",
      shippingAddress: { streetLine: "1 Main St", zipCode: "12345" },
      lineItems: [
        { productId: "p-1", quantity: 2, unitPrice: 9.5, addedAt: new Date("2024-03-04T05:00:00.000Z") },
        { productId: "p-2", quantity: 1 },
      ],
      deliverBy: new Date("2024-03-10T00:00:00.000Z"),
      giftWrap: false,
    });
    const req = server.last();
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/orders");
    expect(req.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(req.body.toString())).toStrictEqual({
      customer_name: "Ada",
      shipping_address: { street_line: "1 Main St", zip_code: "12345" },
      line_items: [
        { product_id: "p-1", quantity: 2, unit_price: 9.5, added_at: "2024-03-04T05:00:00.000Z" },
        { product_id: "p-2", quantity: 1 },
      ],
      deliver_by: "2024-03-10T00:00:00.000Z",
      gift_wrap: false,
    });
    expect(order).toStrictEqual({
      orderId: "o-1",
      createdAt: new Date("2024-03-04T05:06:07.000Z"),
      customerName: "Ada",
      shippingAddress: { streetLine: "1 Main St", zipCode: "12345" },
      lineItems: [
        { productId: "p-1", quantity: 2, unitPrice: 9.5, addedAt: new Date("2024-03-04T05:00:00.000Z") },
        { productId: "p-2", quantity: 1, extra_field: { keep_me: true } },
      ],
      deliverBy: new Date("2024-03-10T00:00:00.000Z"),
      unknown_top: 1,
    });
    expect(order.createdAt).toBeInstanceOf(Date);
  });

  test("an inline body flattened next to path + query parameters", async () => {
    server.handle = (_req, res) => json(res, 200, { note_id: "n-1", remind_at: "2025-01-01T00:00:00.000Z" });
    const res = await client.bodies.addNote("o/1", { dryRun: true, noteText: "hi", remindAt: new Date("2025-01-01T00:00:00Z") });
    const req = server.last();
    expect(req.url).toBe("/orders/o%2F1/notes?dry_run=true");
    expect(JSON.parse(req.body.toString())).toStrictEqual({ note_text: "hi", remind_at: "2025-01-01T00:00:00.000Z" });
    expect(res).toStrictEqual({ noteId: "n-1", remindAt: new Date("2025-01-01T00:00:00.000Z") });
  });
});

describe("application/json: top-level arrays", () => {
  test("an array body of objects is mapped element by element, and so is an array response", async () => {
    server.handle = (req, res) =>
      json(
        res,
        200,
        JSON.parse(req.body.toString()).map((o: any, i: number) => ({ ...o, order_id: `o-${i}`, created_at: "2024-01-01T00:00:00.000Z" })),
      );
    const out = await client.bodies.createOrders([
      { customerName: "A", lineItems: [{ productId: "p", quantity: 1 }] },
      { customerName: "B", lineItems: [], deliverBy: new Date("2024-02-02T00:00:00.000Z") },
    ]);
    expect(JSON.parse(server.last().body.toString())).toStrictEqual([
      { customer_name: "A", line_items: [{ product_id: "p", quantity: 1 }] },
      { customer_name: "B", line_items: [], deliver_by: "2024-02-02T00:00:00.000Z" },
    ]);
    expect(out).toStrictEqual([
      { orderId: "o-0", createdAt: new Date("2024-01-01T00:00:00.000Z"), customerName: "A", lineItems: [{ productId: "p", quantity: 1 }] },
      {
        orderId: "o-1",
        createdAt: new Date("2024-01-01T00:00:00.000Z"),
        customerName: "B",
        lineItems: [],
        deliverBy: new Date("2024-02-02T00:00:00.000Z"),
      },
    ]);
  });
});

describe("JSON with a vendor media type (vendor-json.yaml)", () => {
  test("generates (a `+json` request content type is supported)", () => {
    if (vendorFailure) throw vendorFailure;
  });

  test("resource file", async () => {
    await expect(vendorPkg!.file("src/resources/orders.ts")).toMatchFileSnapshot(snapshotPath("vendor-json", "resources/orders.ts"));
  });

  test("application/merge-patch+json body is sent with that content type; +json responses and errors are parsed and mapped", async () => {
    server.handle = (req, res) =>
      req.headers["content-type"] === "application/merge-patch+json"
        ? json(res, 200, { order_id: "o-1", customer_name: "New" }, { "content-type": "application/vnd.api+json" })
        : json(
            res,
            422,
            { problem_title: `wrong content type ${req.headers["content-type"]}` },
            { "content-type": "application/problem+json" },
          );
    const out = await vendorClient.orders.patchOrder("o-1", { customerName: "New", giftWrap: null });
    expect(server.last().method).toBe("PATCH");
    expect(server.last().headers["content-type"]).toBe("application/merge-patch+json");
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({ customer_name: "New", gift_wrap: null });
    expect(out).toStrictEqual({ orderId: "o-1", customerName: "New" });
  });

  test("an optional body left out: no body and no content type are sent", async () => {
    server.handle = (_req, res) => json(res, 200, { order_id: "o-2" }, { "content-type": "application/vnd.api+json" });
    expect(await vendorClient.orders.patchOrder("o-2")).toStrictEqual({ orderId: "o-2" });
    expect(server.last().body.length).toBe(0);
    expect(server.last().headers["content-type"]).toBeUndefined();
  });

  test("application/problem+json error body is parsed and mapped", async () => {
    server.handle = (_req, res) => json(res, 422, { problem_title: "bad" }, { "content-type": "application/problem+json" });
    const err: any = await vendorClient.orders.patchOrder("o-3", {}).catch((e: unknown) => e);
    expect(err?.statusCode).toBe(422);
    expect(err?.body).toStrictEqual({ problemTitle: "bad" });
  });
});

describe("multipart/form-data", () => {
  test("a field, a file array, a file with its encoding contentType, a JSON object part and an integer field", async () => {
    server.handle = (_req, res) => json(res, 200, { upload_id: "u-1" });
    const res = await client.bodies.upload(
      { title: "Report ü", metadata: { sourceName: "scanner", tagList: ["a", "b"] }, pageCount: 3, keywords: ["k1", "k2"] },
      [new Blob(["first file"], { type: "text/plain" }), { data: new TextEncoder().encode("second"), filename: "two.csv" }],
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])]),
    );
    expect(res).toStrictEqual({ uploadId: "u-1" });
    const req = server.last();
    expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const parts = multipartParts(req);
    const summary = parts.map((p) => ({
      // A JSON object part is a Blob in FormData, so the platform gives it a filename; only the name is checked.
      disposition:
        p.headers["content-type"] === "application/json"
          ? p.headers["content-disposition"]!.replace(/; filename="[^"]*"$/, "")
          : p.headers["content-disposition"],
      type: p.headers["content-type"],
      body: p.headers["content-type"] === "image/png" ? "<png>" : p.body,
    }));
    expect(summary).toStrictEqual([
      { disposition: 'form-data; name="title"', type: undefined, body: "Report ü" },
      { disposition: 'form-data; name="attachments"; filename="attachments"', type: "text/plain", body: "first file" },
      { disposition: 'form-data; name="attachments"; filename="two.csv"', type: "text/csv", body: "second" },
      { disposition: 'form-data; name="cover"; filename="cover"', type: "image/png", body: "<png>" },
      { disposition: 'form-data; name="metadata"', type: "application/json", body: '{"source_name":"scanner","tag_list":["a","b"]}' },
      { disposition: 'form-data; name="page_count"', type: undefined, body: "3" },
      { disposition: 'form-data; name="keywords"', type: undefined, body: "k1" },
      { disposition: 'form-data; name="keywords"', type: undefined, body: "k2" },
    ]);
  });

  test("optional parts left out are not sent", async () => {
    server.handle = (_req, res) => json(res, 200, { upload_id: "u-2" });
    await client.bodies.upload({ title: "t" }, [new Blob(["x"])]);
    const names = multipartParts(server.last()).map((p) => /name="([^"]+)"/.exec(p.headers["content-disposition"]!)![1]);
    expect(names).toStrictEqual(["title", "attachments"]);
  });
});

describe("application/x-www-form-urlencoded", () => {
  test("snake_case keys, booleans, repeated array entries, reserved characters encoded", async () => {
    server.handle = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    const res = await client.bodies.login({ userName: "ada lovelace", password: "p&ss=wörd", rememberMe: true, scopes: ["read", "write"] });
    expect(res).toBeUndefined();
    const req = server.last();
    expect(req.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    // Field order is not significant in a form body; the encoding of each field is.
    expect(rawPairs(req.body.toString()).sort()).toStrictEqual(
      [
        ["user_name", "ada%20lovelace"],
        ["password", "p%26ss%3Dw%C3%B6rd"],
        ["remember_me", "true"],
        ["scopes", "read"],
        ["scopes", "write"],
      ].sort(),
    );
    // A standard form parser reads it back as sent.
    const parsed = new URLSearchParams(req.body.toString());
    expect(parsed.get("password")).toBe("p&ss=wörd");
    expect(parsed.getAll("scopes")).toStrictEqual(["read", "write"]);
  });
});

describe("application/octet-stream", () => {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  test.each([
    ["a Blob", () => new Blob([bytes])],
    ["a Uint8Array", () => bytes],
    ["an ArrayBuffer", () => bytes.slice().buffer],
    ["a Node Readable stream", () => Readable.from([Buffer.from([0, 1]), Buffer.from([2, 250, 255])])],
    ["a web ReadableStream", () => new Blob([bytes]).stream()],
  ])("%s is sent byte for byte as application/octet-stream", async (_label, make) => {
    server.handle = (req, res) => json(res, 200, { size: req.body.length });
    const res = await client.bodies.putBlob("a b.bin", make());
    const req = server.last();
    expect(req.method).toBe("PUT");
    expect(req.path).toBe("/blobs/a%20b.bin");
    expect(req.headers["content-type"]).toBe("application/octet-stream");
    expect([...req.body]).toStrictEqual([...bytes]);
    expect(res).toStrictEqual({ size: 5 });
  });
});

describe("text/csv", () => {
  test("a text body with its declared text content type", async () => {
    server.handle = (_req, res) => {
      res.writeHead(204);
      res.end();
    };
    expect(await client.bodies.uploadCsv("a,b\n1,2\n")).toBeUndefined();
    expect(server.last().headers["content-type"]).toMatch(/^text\/csv/);
    expect(server.last().body.toString()).toBe("a,b\n1,2\n");
  });
});

describe("text/plain", () => {
  test("a string body is sent as text/plain and a text response comes back as a string", async () => {
    server.handle = (req, res) => {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end(`echo: ${req.body.toString("utf8")}`);
    };
    const res = await client.bodies.postText("héllo\nworld");
    const req = server.last();
    expect(req.headers["content-type"]).toMatch(/^text\/plain/);
    expect(req.body.toString("utf8")).toBe("héllo\nworld");
    expect(res).toBe("echo: héllo\nworld");
  });
});
