import type { WithRawResponse } from "./types.js";

/**
 * The promise returned by every generated method: awaiting it gives the data,
 * `.withRawResponse()` gives `{ data, rawResponse }`.
 * Derived promises are created lazily, so using only one of the two forms never leaves an unhandled rejection behind.
 */
export class HttpPromise<T> implements Promise<T> {
  readonly #raw: Promise<WithRawResponse<T>>;

  /** @param raw - The in-flight call, resolving to the data and its raw response. */
  constructor(raw: Promise<WithRawResponse<T>>) {
    this.#raw = raw;
  }

  /** Resolves to the data together with the response's status, headers and URL. */
  withRawResponse(): Promise<WithRawResponse<T>> {
    return this.#raw;
  }

  /** Like `Promise.prototype.then`, on the data. */
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#raw.then((r) => (onfulfilled ? onfulfilled(r.data) : (r.data as unknown as R1)), onrejected);
  }

  /** Like `Promise.prototype.catch`, on the data. */
  catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  /** Like `Promise.prototype.finally`, on the data. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  /** "HttpPromise". */
  get [Symbol.toStringTag](): string {
    return "HttpPromise";
  }
}
