// This file is generated from the OpenAPI description. Do not edit: change the spec or the generator instead.
/** Known base URLs of the API. Pass one as `environment`, or any URL as `baseUrl`. */
export const CohereEnvironment = { Production: "https://api.cohere.com" };
