"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.createCore = createCore;
const errors_js_1 = require("./core/errors.js");
const auth_js_1 = require("./core/auth.js");
const environments_js_1 = require("./environments.js");
/** Turns client options into what the runtime needs at request time. Credentials are read per request, never stored in messages. */
function createCore(options) {
    return {
        baseUrl: () => options.baseUrl ?? options.environment ?? (0, auth_js_1.readEnv)("CO_API_URL") ?? environments_js_1.CohereEnvironment.Production,
        fetch: options.fetch,
        timeoutInSeconds: options.timeoutInSeconds ?? 300,
        maxRetries: options.maxRetries ?? 2,
        headers: async () => {
            const s0 = (await (0, auth_js_1.resolveSupplier)(options.token)) ?? (0, auth_js_1.readEnv)("CO_API_KEY");
            if (s0 == null)
                throw new errors_js_1.SdkError("Missing credentials: pass `token` (or CO_API_KEY) to new CohereClient({ … }).");
            return {
                Authorization: `Bearer ${s0}`,
                "X-Client-Name": options.clientName == null ? undefined : String(options.clientName),
                ...options.headers,
            };
        },
    };
}
