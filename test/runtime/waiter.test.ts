/** templates/runtime/waiter.ts on its own: defaults, option precedence, backoff cap, timeouts, aborts (HTTP in test/waiters). */
import { describe, expect, it } from "vitest";
import { AbortError, SdkError } from "../../templates/runtime/errors.js";
import type { RequestOptions } from "../../templates/runtime/types.js";
import { waitFor, WaiterError, WaiterFailureError, WaiterTimeoutError, type WaiterSpec } from "../../templates/runtime/waiter.js";
import { rejection } from "../helpers/errors.js";

const spec = (extra: Partial<WaiterSpec<{ s: string }>> = {}): WaiterSpec<{ s: string }> => ({
  name: "jobs.waitUntilDone",
  status: (r) => r.s,
  success: ["done"],
  failure: ["failed"],
  timeoutInSeconds: 5,
  intervalInSeconds: 0.01,
  maxIntervalInSeconds: 0.03,
  ...extra,
});
/** A poll answering the given statuses in turn (the last repeats), recording when and with what options it ran. */
function poller(statuses: string[]) {
  const calls: Array<{ at: number; options: RequestOptions }> = [];
  const poll = async (options: RequestOptions) => {
    calls.push({ at: Date.now(), options });
    return { s: statuses[Math.min(calls.length - 1, statuses.length - 1)]! };
  };
  return { poll, calls };
}

describe("waitFor", () => {
  it("resolves with the first success result, calling onPoll for every result", async () => {
    const { poll, calls } = poller(["a", "b", "done", "never"]);
    const seen: string[] = [];
    await expect(waitFor(poll, spec(), { onPoll: (r) => seen.push(r.s) })).resolves.toEqual({ s: "done" });
    expect(seen).toEqual(["a", "b", "done"]);
    expect(calls).toHaveLength(3);
    for (const c of calls) expect(c.options.abortSignal).toBeInstanceOf(AbortSignal);
  });

  it("a success on the first poll sends one request and sleeps never", async () => {
    const { poll, calls } = poller(["done"]);
    await waitFor(poll, spec({ intervalInSeconds: 60 }));
    expect(calls).toHaveLength(1);
  });

  it("per-call options win over the spec's defaults; requestOptions reach the poll, abortSignal is the waiter's", async () => {
    const { poll, calls } = poller(["a", "a", "a", "a", "done"]);
    const mine = new AbortController();
    await waitFor(poll, spec({ intervalInSeconds: 5 }), {
      intervalInSeconds: 0.02,
      maxIntervalInSeconds: 0.02,
      requestOptions: { maxRetries: 7, headers: { x: "1" } },
      abortSignal: mine.signal,
    });
    expect(calls[0]!.options).toMatchObject({ maxRetries: 7, headers: { x: "1" } });
    expect(calls[0]!.options.abortSignal).not.toBe(mine.signal);
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(15);
  });

  it("a failure value → WaiterFailureError (an SdkError) with result and status", async () => {
    const e = await rejection(waitFor(poller(["a", "failed"]).poll, spec()));
    expect(e).toBeInstanceOf(WaiterFailureError);
    expect(e).toBeInstanceOf(WaiterError);
    expect(e).toBeInstanceOf(SdkError);
    expect(e).toMatchObject({
      name: "WaiterFailureError",
      status: "failed",
      result: { s: "failed" },
      message: 'jobs.waitUntilDone: status is "failed"',
    });
  });

  it("timeout → WaiterTimeoutError; Infinity never times out", async () => {
    const e = await rejection(waitFor(poller(["a"]).poll, spec({ timeoutInSeconds: 0.1 })));
    expect(e).toBeInstanceOf(WaiterTimeoutError);
    expect(e).toMatchObject({ status: "a", result: { s: "a" } });
    const { poll } = poller(["a", "a", "a", "done"]);
    await expect(waitFor(poll, spec(), { timeoutInSeconds: Infinity })).resolves.toEqual({ s: "done" });
  });

  it("a poll that rejects ends the wait with its error; a status of another type is not terminal", async () => {
    const boom = new SdkError("boom");
    expect(await rejection(waitFor(async () => Promise.reject(boom), spec()))).toBe(boom);
    const { poll } = poller(["1", "done"]);
    const e = await rejection(waitFor(poll, spec({ success: [1], failure: [], timeoutInSeconds: 0.1 })));
    expect(e).toBeInstanceOf(WaiterTimeoutError); // "1" is not 1
  });

  it("an already aborted signal polls nothing; an abort during the sleep ends it with AbortError carrying the reason", async () => {
    const { poll, calls } = poller(["a"]);
    expect(await rejection(waitFor(poll, spec(), { abortSignal: AbortSignal.abort() }))).toBeInstanceOf(AbortError);
    expect(calls).toHaveLength(0);
    const c = new AbortController();
    const pending = waitFor(poll, spec({ intervalInSeconds: 30, maxIntervalInSeconds: 30 }), { abortSignal: c.signal });
    await new Promise((r) => setTimeout(r, 20));
    c.abort("stop");
    const e = await rejection(pending);
    expect(e).toBeInstanceOf(AbortError);
    expect(e.cause).toBe("stop");
  });
});
