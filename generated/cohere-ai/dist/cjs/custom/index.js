"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.embedInBatches = exports.EMBED_BATCH_LIMIT = exports.BatchingV2 = exports.BatchingCohereClient = void 0;
// Hand-written, kept across regenerations: what this file exports is exported from the package root.
var embed_in_batches_js_1 = require("./embed-in-batches.js");
Object.defineProperty(exports, "BatchingCohereClient", { enumerable: true, get: function () { return embed_in_batches_js_1.BatchingCohereClient; } });
Object.defineProperty(exports, "BatchingV2", { enumerable: true, get: function () { return embed_in_batches_js_1.BatchingV2; } });
Object.defineProperty(exports, "EMBED_BATCH_LIMIT", { enumerable: true, get: function () { return embed_in_batches_js_1.EMBED_BATCH_LIMIT; } });
Object.defineProperty(exports, "embedInBatches", { enumerable: true, get: function () { return embed_in_batches_js_1.embedInBatches; } });
