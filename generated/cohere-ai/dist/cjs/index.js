"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CohereWaiterTimeoutError = exports.CohereWaiterFailureError = exports.CohereWaiterError = exports.CohereEnvironment = exports.CohereClient = void 0;
var Client_js_1 = require("./Client.js");
Object.defineProperty(exports, "CohereClient", { enumerable: true, get: function () { return Client_js_1.CohereClient; } });
var environments_js_1 = require("./environments.js");
Object.defineProperty(exports, "CohereEnvironment", { enumerable: true, get: function () { return environments_js_1.CohereEnvironment; } });
__exportStar(require("./errors.js"), exports);
__exportStar(require("./types.js"), exports);
__exportStar(require("./resources/datasets.js"), exports);
__exportStar(require("./resources/embed-jobs.js"), exports);
__exportStar(require("./resources/v2.js"), exports);
var waiter_js_1 = require("./core/waiter.js");
Object.defineProperty(exports, "CohereWaiterError", { enumerable: true, get: function () { return waiter_js_1.WaiterError; } });
Object.defineProperty(exports, "CohereWaiterFailureError", { enumerable: true, get: function () { return waiter_js_1.WaiterFailureError; } });
Object.defineProperty(exports, "CohereWaiterTimeoutError", { enumerable: true, get: function () { return waiter_js_1.WaiterTimeoutError; } });
// Your own code, kept across regenerations: src/custom/index.ts.
__exportStar(require("./custom/index.js"), exports);
