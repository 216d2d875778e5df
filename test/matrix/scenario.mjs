/**
 * The runtime matrix's scenario: the same code in every runtime, against the matrix server (server.ts).
 *
 * Plain JavaScript with no imports, so that each runtime runs it as it is: an entry (entries/) imports the packed
 * `cohere-ai` the way that runtime's users do and passes the module in. Every request of a step carries the
 * `x-matrix-step` header, so the server can check what reached the wire per step; each step records what the SDK
 * gave back, and the whole report is POSTed to the server at the end (and returned).
 *
 * @param {any} sdk the `cohere-ai` module
 * @param {{ runtime: string, baseUrl: string, nodeFile?: () => unknown }} ctx `nodeFile` opens a Node.js readable
 *   stream on a real file named upload.jsonl, where the runtime has Node streams
 */
export async function runScenario(sdk, ctx) {
  const { CohereClient } = sdk;
  const client = new CohereClient({ token: "matrix-token", baseUrl: ctx.baseUrl, clientName: "matrix" });
  const steps = [];
  const opts = (step, extra) => ({ headers: { "x-matrix-step": step }, ...extra });
  const errorInfo = (e) => ({
    name: e?.name,
    message: String(e?.message ?? e),
    cause: e?.cause ? String(e.cause?.message ?? e.cause) : undefined,
  });
  const step = async (name, fn) => {
    const t0 = Date.now();
    try {
      steps.push({ step: name, ok: true, value: await fn(opts(name)), ms: Date.now() - t0 });
    } catch (e) {
      steps.push({ step: name, ok: false, error: errorInfo(e), ms: Date.now() - t0 });
    }
  };
  const isoOrType = (d) => (d instanceof Date ? d.toISOString() : `not a Date: ${typeof d}`);

  await step("embed", async (o) => {
    const r = await client.v2.embed(
      { model: "embed-v4.0", inputType: "search_document", embeddingTypes: ["float"], texts: ["hello", "world"], maxTokens: 8 },
      o,
    );
    return { id: r.id, float: r.embeddings.float, inputTokens: r.meta?.billedUnits?.inputTokens, responseType: r.responseType };
  });

  await step("date", async (o) => {
    const job = await client.embedJobs.get("job-1", o);
    const page = await client.datasets.list({ before: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), limit: 10 }, o);
    return { jobCreatedAt: isoOrType(job.createdAt), listed: page.items.map((d) => isoOrType(d.updatedAt)) };
  });

  await step("pagination", async (o) => {
    const page = await client.datasets.list({ limit: 2 }, o);
    const walked = [];
    for await (const d of client.datasets.list({ limit: 2 }, o)) walked.push(`${d.id} ${isoOrType(d.createdAt)}`);
    return { firstPage: page.items.map((d) => d.id), hasNextPage: page.hasNextPage(), walked };
  });

  await step("multipart-bytes", async (o) => {
    const bytes = new TextEncoder().encode('{"text":"from bytes"}\n');
    const r = await client.datasets.create({ name: "bytes", type: "embed-input", keepFields: ["a", "b"] }, bytes, undefined, o);
    return r;
  });

  await step("multipart-blob", async (o) => {
    const file = new File(['{"text":"from a File"}\n'], "docs.jsonl", { type: "application/jsonl" });
    const blob = new Blob(['{"text":"from a Blob"}\n']);
    return await client.datasets.create({ name: "blob", type: "embed-input" }, file, blob, o);
  });

  await step("multipart-node-stream", async (o) => {
    if (!ctx.nodeFile) return "no Node streams";
    return await client.datasets.create({ name: "stream", type: "embed-input" }, ctx.nodeFile(), undefined, o);
  });

  await step("retry-429", async (o) => {
    const r = await client.embedJobs.create({ model: "embed-v4.0", datasetId: "ds-1", inputType: "search_document" }, o);
    return { jobId: r.jobId };
  });

  await step("timeout", async () => {
    try {
      await client.datasets.getUsage(opts("timeout", { timeoutInSeconds: 0.5, maxRetries: 2 }));
      return "resolved";
    } catch (e) {
      return {
        timeoutClass: e instanceof sdk.CohereTimeoutError,
        sdkError: e instanceof sdk.CohereSdkError,
        connectionClass: e instanceof sdk.CohereConnectionError,
        name: e.name,
      };
    }
  });

  await step("not-found", async (o) => {
    try {
      await client.datasets.get("missing", o);
      return "resolved";
    } catch (e) {
      return {
        notFoundClass: e instanceof sdk.NotFoundError,
        cohereError: e instanceof sdk.CohereError,
        name: e.name,
        statusCode: e.statusCode,
        requestId: e.requestId,
        body: e.body,
      };
    }
  });

  await step("env-token", async (o) => {
    try {
      const usage = await new CohereClient({ baseUrl: ctx.baseUrl }).datasets.getUsage(o);
      return { token: "from the environment", usage };
    } catch (e) {
      if (e instanceof sdk.CohereSdkError && /Missing credentials/.test(e.message)) return { token: "none: Missing credentials" };
      throw e;
    }
  });

  const report = { runtime: ctx.runtime, steps };
  await fetch(`${ctx.baseUrl}/__report`, { method: "POST", body: JSON.stringify(report) });
  return report;
}
