// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
import { SdkError } from "./core/errors.js";
import { readEnv, resolveSupplier } from "./core/auth.js";
import { CohereEnvironment } from "./environments.js";
/** Turns client options into what the runtime needs at request time. Credentials are read per request, never stored in messages. */
export function createCore(options) {
    return {
        baseUrl: () => options.baseUrl ?? options.environment ?? readEnv("CO_API_URL") ?? CohereEnvironment.Production,
        fetch: options.fetch,
        timeoutInSeconds: options.timeoutInSeconds ?? 300,
        maxRetries: options.maxRetries ?? 2,
        headers: async () => {
            const s0 = (await resolveSupplier(options.token)) ?? readEnv("CO_API_KEY");
            if (!s0)
                throw new SdkError("Missing credentials: pass `token` (or CO_API_KEY) to new CohereClient({ … }).");
            return {
                Authorization: s0 == null ? undefined : `Bearer ${s0}`,
                "X-Client-Name": options.clientName == null ? undefined : String(options.clientName),
                ...options.headers,
            };
        },
    };
}
