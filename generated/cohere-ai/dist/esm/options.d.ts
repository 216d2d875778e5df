import type { ClientCore } from "./core/types.js";
import { CohereEnvironment } from "./environments.js";
/** Options of {@link CohereClient} and of every resource client used on its own. */
export interface CohereClientOptions {
    /** Bearer token, sent as `Authorization: Bearer <token>`. A string, or a function returning one (sync or async), called for each request. Default: the `CO_API_KEY` environment variable (where `process.env` exists). */
    token?: string | (() => string | Promise<string>);
    /** Sent as the `X-Client-Name` header on every request. The name of the project that is making the request. */
    clientName?: string;
    /** Which deployment to call: one of {@link CohereEnvironment} or any base URL. Default: `https://api.cohere.com`. */
    environment?: CohereEnvironment | (string & {});
    /** Base URL of the API. Requests go to `baseUrl`, else `environment`, else the `CO_API_URL` environment variable (where `process.env` exists), else `CohereEnvironment.Production` (`https://api.cohere.com`). */
    baseUrl?: string;
    /** Timeout for each request, covering the whole exchange including the body. Default: 300. */
    timeoutInSeconds?: number;
    /** Retries for 408, 409, 429, 5xx and connection failures, with exponential backoff honouring Retry-After. Default: 2. */
    maxRetries?: number;
    /** A custom fetch implementation. Default: the global `fetch`. */
    fetch?: typeof fetch;
    /** Extra headers sent with every request (`null` removes a default header). */
    headers?: Record<string, string | null | undefined>;
}
/** Turns client options into what the runtime needs at request time. Credentials are read per request, never stored in messages. */
export declare function createCore(options: CohereClientOptions): ClientCore;
