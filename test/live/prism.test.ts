/**
 * The generated client against Prism, which validates every request against the normalized Cohere document
 * (`prism mock --errors`: a request that violates the document gets a 4xx with the reasons in `sl-violations`;
 * a mock response that violates it gets a 500). Each of the nine operations is called twice — with every
 * parameter set, and with only the required ones — through a recording proxy, so the same request is both
 * validated by Prism and checked byte by byte here for what Prism cannot judge.
 */
import { createReadStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CohereClient, type V2EmbedRequest } from "../../generated/cohere-ai/dist/esm/index.js";
import { cohereFrontEnd, tempDir } from "../helpers/project.js";
import { describeRejection, startPrism, startRecordingProxy, type Exchange, type Prism, type RecordingProxy } from "./prism.js";
import { jsonBody, multipartParts, queryOf, urlOf } from "./wire.js";

const TOKEN = "prism-token-0123456789";
const CLIENT_NAME = "sdk-e2e-prism";

let prism: Prism | undefined;
let proxy: RecordingProxy | undefined;
let client: CohereClient;
let files: ReturnType<typeof tempDir>;
const validated: string[] = [];
const rejected: string[] = [];
const neverSent: string[] = [];

/** What Prism could not check, and where it is checked instead. */
const NOT_CHECKED_BY_PRISM = [
  "Authorization token value (Prism only checks that a Bearer credential is present) → proxy: exact `Bearer <token>`",
  "X-Client-Name (the normalized document moved it to a client option, so it is no declared parameter) → proxy",
  "exact JSON body: leftover camelCase or extra keys pass (request schemas allow additional properties) → proxy: deep equality with the snake_case body",
  "array query serialization (repeated `keep_fields=a&keep_fields=b` vs one `a,b` value both validate) → proxy",
  "exact ISO 8601 value of date-time query parameters (Prism checks the format only) → proxy",
  "multipart part filenames and per-part content types (Prism checks which parts exist) → proxy",
  "percent-encoding of path parameters (Prism decodes before matching) → proxy",
  "absence of parameters the operation does not take (getUsage's deprecated `id` must not reach the wire) → proxy",
  "per-call headers from requestOptions, Accept and Idempotency-Key → proxy",
  "EmbedContent oneOf: both variants match any content object, so Prism cannot tell a correct `inputs` item from a wrong one → proxy",
];

beforeAll(async () => {
  const { doc } = await cohereFrontEnd();
  prism = await startPrism(doc);
  proxy = await startRecordingProxy(prism.url);
  client = new CohereClient({
    token: TOKEN,
    clientName: CLIENT_NAME,
    baseUrl: proxy.url,
    maxRetries: 0,
    timeoutInSeconds: 30,
  });
  files = tempDir("prism-files-");
});

afterAll(async () => {
  try {
    await proxy?.close();
  } finally {
    await prism?.stop();
    files?.cleanup();
  }
  const total = validated.length + rejected.length;
  console.log(
    `[prism summary] ${total} requests sent to Prism: ${validated.length} validated and accepted, ${rejected.length} rejected` +
      (rejected.length ? ` (${rejected.join("; ")})` : "") +
      (neverSent.length ? `; ${neverSent.length} calls failed before sending (${neverSent.join("; ")})` : "") +
      `.\n[prism summary] not checkable by Prism (${NOT_CHECKED_BY_PRISM.length}), checked on the recording proxy instead:\n  - ` +
      NOT_CHECKED_BY_PRISM.join("\n  - "),
  );
});

interface Outcome<T> {
  /** The one request this call sent, with Prism's answer. */
  x: Exchange;
  /** The call's result; throws Prism's reasons if Prism rejected the request, or the SDK's error. */
  accepted: () => T;
}

/** Runs one SDK call through the proxy; exactly one request must reach Prism. */
async function viaPrism<T>(label: string, call: () => Promise<T>): Promise<Outcome<T>> {
  const before = proxy!.exchanges.length;
  let data: T | undefined;
  let error: unknown;
  try {
    data = await call();
  } catch (e) {
    error = e;
  }
  const mine = proxy!.exchanges.slice(before);
  if (mine.length !== 1) {
    if (mine.length === 0) neverSent.push(label);
    throw new Error(
      `${label}: expected exactly one request to reach Prism, got ${mine.length}` +
        (error ? `; the SDK call failed with ${(error as Error)?.name}: ${(error as Error)?.message ?? String(error)}` : ""),
    );
  }
  const x = mine[0]!;
  const isRejected = x.status >= 300 || x.violations.length > 0;
  (isRejected ? rejected : validated).push(label);
  return {
    x,
    accepted: () => {
      if (isRejected) throw new Error(`${label}: Prism rejected the request (or its mock response):\n${describeRejection(x)}`);
      if (error) throw error;
      return data as T;
    },
  };
}

/** Headers every request of this client must carry. */
function expectCommonHeaders(x: Exchange): void {
  expect(x.request.headers["authorization"]).toBe(`Bearer ${TOKEN}`);
  expect(x.request.headers["x-client-name"]).toBe(CLIENT_NAME);
  expect(x.request.headers["accept"]).toBe("application/json");
}

function expectNoQuery(x: Exchange): void {
  expect(urlOf(x.request).search).toBe("");
}

const allRequestOptions = () => ({
  timeoutInSeconds: 20,
  maxRetries: 0,
  abortSignal: new AbortController().signal,
  headers: { "X-Call-Header": "per-call" },
});

describe("v2.embed", () => {
  const full: V2EmbedRequest = {
    texts: ["hello", "goodbye"],
    images: ["data:image/png;base64,iVBORw0KGgo="],
    model: "embed-v4.0",
    inputType: "search_document",
    inputs: [
      {
        content: [
          { type: "text", text: "hello" },
          {
            type: "image_url",
            imageUrl: { url: "data:image/png;base64,AAAA" },
          },
        ],
      },
    ],
    maxTokens: 512,
    outputDimension: 1024,
    embeddingTypes: ["float", "int8", "uint8", "binary", "ubinary", "base64"],
    truncate: "END",
    priority: 3,
  };
  const fullWire = {
    texts: ["hello", "goodbye"],
    images: ["data:image/png;base64,iVBORw0KGgo="],
    model: "embed-v4.0",
    input_type: "search_document",
    inputs: [
      {
        content: [
          { type: "text", text: "hello" },
          {
            type: "image_url",
            image_url: { url: "data:image/png;base64,AAAA" },
          },
        ],
      },
    ],
    max_tokens: 512,
    output_dimension: 1024,
    embedding_types: ["float", "int8", "uint8", "binary", "ubinary", "base64"],
    truncate: "END",
    priority: 3,
  };

  test("all parameters (both EmbedContent variants in inputs)", async () => {
    const r = await viaPrism("v2.embed full", () => client.v2.embed(full, allRequestOptions()));
    expect(r.x.request.method).toBe("POST");
    expect(urlOf(r.x.request).pathname).toBe("/v2/embed");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(r.x.request.headers["content-type"]).toMatch(/^application\/json/);
    expect(jsonBody(r.x.request)).toStrictEqual(fullWire);
    const data = r.accepted();
    expect(typeof data.id).toBe("string");
    expect(Array.isArray(data.embeddings.float)).toBe(true);
  });

  test("all parameters except `inputs` (narrows a rejection of the full request down to `inputs`)", async () => {
    const { inputs: _inputs, ...rest } = full;
    const { inputs: _wireInputs, ...restWire } = fullWire;
    const r = await viaPrism("v2.embed full without inputs", () => client.v2.embed(rest, allRequestOptions()));
    expect(jsonBody(r.x.request)).toStrictEqual(restWire);
    const data = r.accepted();
    expect(data.images?.[0]).toHaveProperty("bitDepth");
    expect(data.meta?.billedUnits).toHaveProperty("inputTokens");
  });

  test("required parameters only", async () => {
    const r = await viaPrism("v2.embed required", () => client.v2.embed({ model: "embed-v4.0", inputType: "search_query" }));
    expect(r.x.request.method).toBe("POST");
    expect(urlOf(r.x.request).pathname).toBe("/v2/embed");
    expectCommonHeaders(r.x);
    expect(jsonBody(r.x.request)).toStrictEqual({
      model: "embed-v4.0",
      input_type: "search_query",
    });
    expect(r.accepted().responseType).toBeTypeOf("string");
  });
});

describe("embedJobs", () => {
  test("create: all parameters", async () => {
    const r = await viaPrism("embedJobs.create full", () =>
      client.embedJobs.create(
        {
          model: "embed-v4.0",
          datasetId: "dataset-123",
          inputType: "clustering",
          name: "my-job",
          embeddingTypes: ["float", "int8"],
          truncate: "START",
        },
        allRequestOptions(),
      ),
    );
    expect(r.x.request.method).toBe("POST");
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(jsonBody(r.x.request)).toStrictEqual({
      model: "embed-v4.0",
      dataset_id: "dataset-123",
      input_type: "clustering",
      name: "my-job",
      embedding_types: ["float", "int8"],
      truncate: "START",
    });
    expect(r.accepted().jobId).toBeTypeOf("string");
  });

  test("create: required parameters only", async () => {
    const r = await viaPrism("embedJobs.create required", () =>
      client.embedJobs.create({
        model: "embed-v4.0",
        datasetId: "dataset-123",
        inputType: "search_query",
      }),
    );
    expectCommonHeaders(r.x);
    expect(jsonBody(r.x.request)).toStrictEqual({
      model: "embed-v4.0",
      dataset_id: "dataset-123",
      input_type: "search_query",
    });
    expect(r.accepted().jobId).toBeTypeOf("string");
  });

  test("list: with request options", async () => {
    const r = await viaPrism("embedJobs.list full", () => client.embedJobs.list(allRequestOptions()));
    expect(r.x.request.method).toBe("GET");
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(r.x.request.body.length).toBe(0);
    const job = r.accepted().embedJobs?.[0];
    expect(job?.createdAt).toBeInstanceOf(Date);
    expect(job?.inputDatasetId).toBeTypeOf("string");
  });

  test("list: no arguments", async () => {
    const r = await viaPrism("embedJobs.list required", () => client.embedJobs.list());
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs");
    expectCommonHeaders(r.x);
    expect(r.accepted().embedJobs).toBeInstanceOf(Array);
  });

  test("get: an id that needs percent-encoding, with request options", async () => {
    const r = await viaPrism("embedJobs.get full", () => client.embedJobs.get("job 1/ä?#", allRequestOptions()));
    expect(r.x.request.method).toBe("GET");
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs/job%201%2F%C3%A4%3F%23");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    const job = r.accepted();
    expect(job.createdAt).toBeInstanceOf(Date);
    expect(job.meta?.apiVersion).toHaveProperty("isDeprecated");
  });

  test("get: required parameters only", async () => {
    const r = await viaPrism("embedJobs.get required", () => client.embedJobs.get("job_123"));
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs/job_123");
    expectCommonHeaders(r.x);
    expect(r.accepted().jobId).toBeTypeOf("string");
  });

  test("cancel: with request options", async () => {
    const r = await viaPrism("embedJobs.cancel full", () => client.embedJobs.cancel("job-42", allRequestOptions()));
    expect(r.x.request.method).toBe("POST");
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs/job-42/cancel");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(r.x.request.body.length).toBe(0);
    expect(r.accepted()).toStrictEqual({});
  });

  test("cancel: required parameters only", async () => {
    const r = await viaPrism("embedJobs.cancel required", () => client.embedJobs.cancel("job-42"));
    expect(urlOf(r.x.request).pathname).toBe("/v1/embed-jobs/job-42/cancel");
    expectCommonHeaders(r.x);
    expect(r.accepted()).toStrictEqual({});
  });
});

describe("datasets", () => {
  test("create: every query parameter, both files (a Node stream and a File)", async () => {
    const dataPath = join(files.dir, "train.jsonl");
    writeFileSync(dataPath, '{"text":"The quick brown fox"}\n{"text":"jumps over the lazy dog"}\n');
    const evalFile = new File(["text\nhello\n"], "eval.csv", {
      type: "text/csv",
    });
    const r = await viaPrism("datasets.create full", () =>
      client.datasets.create(
        {
          name: "my dataset/ä",
          type: "embed-input",
          keepOriginalFile: true,
          skipMalformedInput: false,
          keepFields: ["text", "title"],
          optionalFields: ["url", "lang"],
          textSeparator: "\n",
          csvDelimiter: ";",
        },
        createReadStream(dataPath),
        evalFile,
        allRequestOptions(),
      ),
    );
    expect(r.x.request.method).toBe("POST");
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets");
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(queryOf(r.x.request)).toStrictEqual({
      name: ["my dataset/ä"],
      type: ["embed-input"],
      keep_original_file: ["true"],
      skip_malformed_input: ["false"],
      keep_fields: ["text", "title"],
      optional_fields: ["url", "lang"],
      text_separator: ["\n"],
      csv_delimiter: [";"],
    });
    expect(urlOf(r.x.request).search).toContain("keep_fields=text&keep_fields=title");
    expect(await multipartParts(r.x.request)).toStrictEqual([
      {
        name: "data",
        filename: "train.jsonl",
        contentType: "application/jsonl",
        text: '{"text":"The quick brown fox"}\n{"text":"jumps over the lazy dog"}\n',
      },
      {
        name: "eval_data",
        filename: "eval.csv",
        contentType: "text/csv",
        text: "text\nhello\n",
      },
    ]);
    expect(r.accepted().id).toBeTypeOf("string");
  });

  test("create: required parameters only (bytes)", async () => {
    const r = await viaPrism("datasets.create required", () =>
      client.datasets.create({ name: "minimal", type: "embed-input" }, new TextEncoder().encode('{"text":"hi"}\n')),
    );
    expect(r.x.request.method).toBe("POST");
    expectCommonHeaders(r.x);
    expect(queryOf(r.x.request)).toStrictEqual({
      name: ["minimal"],
      type: ["embed-input"],
    });
    const parts = await multipartParts(r.x.request);
    expect(parts.map((p) => p.name)).toStrictEqual(["data"]);
    expect(parts[0]!.filename).toBeTruthy();
    expect(parts[0]!.contentType).toBe("application/octet-stream");
    expect(parts[0]!.text).toBe('{"text":"hi"}\n');
    expect(r.accepted().id).toBeTypeOf("string");
  });

  test("list: every query parameter (dates as ISO 8601)", async () => {
    const r = await viaPrism("datasets.list full", () =>
      client.datasets.list(
        {
          datasetType: "embed-input",
          before: new Date("2024-03-04T05:06:07.089Z"),
          after: new Date(Date.UTC(2023, 0, 2, 3, 4, 5)),
          limit: 10,
          offset: 20,
          validationStatus: "validated",
        },
        allRequestOptions(),
      ),
    );
    expect(r.x.request.method).toBe("GET");
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets");
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(queryOf(r.x.request)).toStrictEqual({
      datasetType: ["embed-input"],
      before: ["2024-03-04T05:06:07.089Z"],
      after: ["2023-01-02T03:04:05.000Z"],
      limit: ["10"],
      offset: ["20"],
      validationStatus: ["validated"],
    });
    const page = r.accepted();
    expect(page.response.datasets).toHaveLength(page.items.length);
    const ds = page.items[0];
    expect(ds?.createdAt).toBeInstanceOf(Date);
    expect(ds?.datasetParts?.[0]).toHaveProperty("sizeBytes");
    expect(ds?.metrics?.finetuneDatasetMetrics?.classifyDataMetrics?.labelMetrics?.[0]).toHaveProperty("totalExamples");
  });

  test("list: no arguments", async () => {
    const r = await viaPrism("datasets.list required", () => client.datasets.list());
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.accepted().items).toBeInstanceOf(Array);
  });

  test("getUsage: with request options", async () => {
    const r = await viaPrism("datasets.getUsage full", () => client.datasets.getUsage(allRequestOptions()));
    expect(r.x.request.method).toBe("GET");
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets/usage");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    expect(r.accepted()).toHaveProperty("organizationUsage");
  });

  test("getUsage: no arguments, and the deprecated id overload sends no id", async () => {
    const r = await viaPrism("datasets.getUsage required", () => client.datasets.getUsage());
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets/usage");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.accepted()).toHaveProperty("organizationUsage");
    const d = await viaPrism("datasets.getUsage deprecated id", () =>
      client.datasets.getUsage("id", { headers: { "X-Call-Header": "x" } }),
    );
    expect(d.x.request.url).toBe("/v1/datasets/usage");
    expect(d.x.request.headers["x-call-header"]).toBe("x");
    expect(d.accepted()).toHaveProperty("organizationUsage");
  });

  test("get: an id that needs percent-encoding, with request options", async () => {
    const r = await viaPrism("datasets.get full", () => client.datasets.get("ds 1/ü", allRequestOptions()));
    expect(r.x.request.method).toBe("GET");
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets/ds%201%2F%C3%BC");
    expectNoQuery(r.x);
    expectCommonHeaders(r.x);
    expect(r.x.request.headers["x-call-header"]).toBe("per-call");
    const { dataset } = r.accepted();
    expect(dataset.updatedAt).toBeInstanceOf(Date);
    expect(dataset.validationStatus).toBeTypeOf("string");
  });

  test("get: required parameters only", async () => {
    const r = await viaPrism("datasets.get required", () => client.datasets.get("dataset-1"));
    expect(urlOf(r.x.request).pathname).toBe("/v1/datasets/dataset-1");
    expectCommonHeaders(r.x);
    expect(r.accepted().dataset.id).toBeTypeOf("string");
  });
});

test("Prism really rejects a request that violates the document (so acceptance above means something)", async () => {
  // A deliberately wrong request through the same proxy: an enum value the document does not allow.
  const r = await viaPrism("control: invalid validationStatus", () => client.datasets.list({ validationStatus: "not-a-status" }));
  rejected.pop(); // a control, not one of the SDK's requests
  expect(r.x.status).toBe(422);
  expect(r.x.violations.map((v) => v.location?.join(".").toLowerCase())).toContain("request.query.validationstatus");
  expect(() => r.accepted()).toThrow(/must be equal to one of the allowed values/);
});
