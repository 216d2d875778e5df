// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.

export { CohereClient } from "./Client.js";
export type { CohereClientOptions } from "./options.js";
export { CohereEnvironment } from "./environments.js";
export * from "./errors.js";
export * from "./types.js";
export type * as Cohere from "./types.js";
export * from "./resources/datasets.js";
export * from "./resources/embed-jobs.js";
export * from "./resources/v2.js";
export type { RequestOptions, RawResponse, WithRawResponse, FileInput, FileInput as Uploadable } from "./core/types.js";
export type { HttpPromise } from "./core/http-promise.js";
export type { Page, PagePromise, PageOf } from "./core/pagination.js";
export {
  WaiterError as CohereWaiterError,
  WaiterFailureError as CohereWaiterFailureError,
  WaiterTimeoutError as CohereWaiterTimeoutError,
} from "./core/waiter.js";
export type { WaitOptions } from "./core/waiter.js";
// Your own code, kept across regenerations: src/custom/index.ts.
export * from "./custom/index.js";
