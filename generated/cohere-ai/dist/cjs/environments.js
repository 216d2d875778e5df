"use strict";
// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
Object.defineProperty(exports, "__esModule", { value: true });
exports.CohereEnvironment = void 0;
/** Known base URLs of the API. Pass one as `environment`, or any URL as `baseUrl`. */
exports.CohereEnvironment = { Production: "https://api.cohere.com" };
