/** Known base URLs of the API. Pass one as `environment`, or any URL as `baseUrl`. */
export declare const CohereEnvironment: {
    readonly Production: "https://api.cohere.com";
};
export type CohereEnvironment = (typeof CohereEnvironment)[keyof typeof CohereEnvironment];
