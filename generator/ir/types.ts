/**
 * The intermediate representation (IR): a language-neutral model of an HTTP API and of the SDK to build for it.
 *
 * The contract between the front end and the emitters:
 * - Built by ir/build.ts from the normalized, validated OpenAPI document, the decisions normalize made about it
 *   (normalize/decisions.ts) and the generator config. Emitters receive an {@link Api} and nothing else: no OpenAPI,
 *   no `GeneratorConfig`, no `x-` extensions. Everything an emitter needs is a field here; a second-language
 *   emitter can be written against `generator/ir/` alone (test/contract/toy-emitter.test.ts is one).
 * - Meaning is decided here, once: which resources, operations and types exist, what each is called, which
 *   statuses are errors, how each parameter is serialized (style and explode resolved), what an empty body means.
 * - Names decided by meaning are {@link Words}, never spelled: `["embed", "jobs"]`, `["get", "usage"]`,
 *   `["bad", "request"]`. Spelling them for a language (camelCase members, PascalCase types, kebab-case files,
 *   reserved-word and leading-digit escaping, collision suffixes) is the emitter's job (for TypeScript:
 *   emit/names.ts, emit/spelling.ts, emit/naming.ts).
 * - Wire names are kept exactly as on the wire, as strings: property names, parameter names, header names,
 *   discriminator values, enum values, media types, security scheme keys.
 * - Keys are opaque strings that tie parts together and are never printed as code: `NamedType.name` (referenced by
 *   `{ kind: "named", name }` and discriminator mappings), `Operation.id` (`<resource>.<method>`, the key users write
 *   in the config and the release reports use), `Waiter.operation`.
 * - The order of every list is deterministic (document order, unless a field says otherwise) and is the order to
 *   emit in.
 * - The IR is plain JSON data (no classes, no cycles; named types refer to each other by key), so it can be
 *   snapshotted, diffed and handed to another process.
 */

/**
 * A name as words, each a non-empty run of letters and digits (any script; `$` kept). Names of things the API
 * calls by meaning (resources, methods, waiters, options) are lower-case words of the phrase they came from
 * (`["get", "usage"]`); type names (component schemas, lifted and request types, error names, the client class)
 * keep their case as written (`["HTTP", "Server"]`, `["Datasets", "List", "Request"]`), so a PascalCase name spells
 * back to itself.
 */
export type Words = string[];

export interface Api {
  title: string;
  description?: string;
  version: string;
  servers: Server[];
  /** Security schemes used by at least one operation. */
  auth: AuthScheme[];
  /** Requirements applied to operations that declare none: alternatives, each a set of scheme names. */
  defaultSecurity: SecurityRequirement[];
  /** Headers set once on the client (e.g. `X-Client-Name`), each with the option name that sets it. */
  clientHeaders: ClientHeader[];
  resources: Resource[];
  /** Every named type: component schemas and inline objects lifted out of operations and other types. */
  types: NamedType[];
  /** Every error status declared by any operation, with the union of its body types. */
  errors: ErrorStatus[];
  /** The client the SDK exposes: its names and defaults (from the config). */
  client: ClientSettings;
  /** The package to publish (from the config; the pipeline fills in the version and provenance). */
  package: PackageInfo;
}

export interface ClientSettings {
  /** The client class, e.g. `["Cohere", "Client"]`. */
  className: Words;
  /** The base class of HTTP errors, e.g. `["Cohere", "Error"]`. */
  errorBaseClass: Words;
  /** Prefix of the package's own names (environments, timeout/connection/abort errors), e.g. `["Cohere"]`. */
  prefix: Words;
  /** Default base URL when the caller sets none (config `client.baseUrl`). */
  baseUrl?: string;
  /** Named base URLs, in config order (config `client.environments`); absent: derived from `servers`. */
  environments?: Array<{ name: Words; url: string }>;
  /** Environment variable that, when set, overrides the default base URL. */
  baseUrlEnvVar?: string;
  timeoutInSeconds: number;
  maxRetries: number;
  auth: {
    /** Client option holding the credential when there is one scheme (absent: the emitter's default). */
    option?: Words;
    /** Environment variable read when the option is not given. */
    envVar?: string;
    usernameEnvVar?: string;
    passwordEnvVar?: string;
  };
}

export interface PackageInfo {
  name: string;
  version: string;
  description?: string;
  license?: string;
  author?: string;
  repository?: string;
  /** Provenance recorded in the package manifest: generator `name@version`, SHA-256 of the spec and of the config. */
  generated?: { generator: string; specSha256: string; configSha256: string };
}

export interface Server {
  url: string;
  description?: string;
  variables: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export type AuthScheme =
  | { name: string; kind: "bearer"; description?: string }
  | { name: string; kind: "basic"; description?: string }
  | { name: string; kind: "apiKey"; in: "header" | "query" | "cookie"; param: string; description?: string }
  /** OAuth2 / OpenID Connect: the SDK takes a ready access token and sends it as a bearer token. */
  | { name: string; kind: "oauth2"; description?: string };

/** All schemes named in one requirement must be satisfied together. */
export type SecurityRequirement = string[];

export interface ClientHeader {
  wireName: string;
  /** Option name chosen by meaning (e.g. `["client", "name"]`). */
  option: Words;
  type: TypeRef;
  description?: string;
}

export interface Resource {
  /** Group name by meaning, e.g. `["embed", "jobs"]`, `["v2"]`. */
  name: Words;
  description?: string;
  operations: Operation[];
  /** Methods that poll one of `operations` until a status is terminal (config `waiters`, or detected). */
  waiters?: Waiter[];
}

export interface Waiter {
  /** Method name, e.g. `["wait", "until", "complete"]`. */
  name: Words;
  /** The polled operation in the same resource (its `Operation.id`). */
  operation: string;
  /** Wire names leading from the poll result to the status field, e.g. `["dataset", "validation_status"]`. */
  statusPath: string[];
  /** Values ending the wait successfully / in failure. */
  success: Array<string | number | boolean>;
  failure: Array<string | number | boolean>;
  /** Default per-call options, in seconds. */
  timeoutInSeconds: number;
  intervalInSeconds: number;
  maxIntervalInSeconds: number;
  /** "config" or "detected" (for messages). */
  origin: "config" | "detected";
}

export interface Operation {
  /** Unique key `<resource>.<method>` (`embedJobs.create`): how the config and release reports name the operation. */
  id: string;
  /** Method name by meaning, e.g. `["create"]`, `["get", "usage"]`. */
  name: Words;
  method: "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
  /** Path template as in the spec, e.g. `/v1/embed-jobs/{id}`. */
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Name of the request type when the operation needs one (params besides path, or a body), e.g. `["Datasets", "List", "Request"]`. */
  requestTypeName: Words;
  params: Parameter[];
  body?: RequestBody;
  /** 2xx responses, by status. */
  responses: SuccessResponse[];
  /** Non-2xx responses declared for this operation ("404", "4XX", "default"). */
  errors: ErrorRef[];
  /** undefined: the API's default security; []: no authentication. */
  security?: SecurityRequirement[];
  /** Pagination detected in (or configured for) this operation. */
  pagination?: Pagination;
  /** A request-body flag the SDK sets itself (e.g. `stream`): left out of the request type, sent with this value. */
  streamFlag?: { property: string; value: boolean };
  /** Positional arguments older callers pass that the endpoint does not take (config `ignoredArguments`). */
  ignoredArguments: string[];
  /** Where the operation is defined (for messages). */
  source: string;
}

export type ParamLocation = "path" | "query" | "header" | "cookie";

export interface Parameter {
  /** Wire name. */
  name: string;
  in: ParamLocation;
  required: boolean;
  type: TypeRef;
  description?: string;
  deprecated: boolean;
  /** Resolved OpenAPI style: path → simple|label|matrix; query → form|spaceDelimited|pipeDelimited|deepObject; header → simple; cookie → form. */
  style: "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  explode: boolean;
  allowReserved: boolean;
  /** Declared with `content` (e.g. application/json) instead of a schema: the value is sent JSON-encoded. */
  json?: boolean;
  default?: unknown;
}

export type BodyKind = "json" | "multipart" | "form" | "binary" | "text";

export interface RequestBody {
  kind: BodyKind;
  contentType: string;
  required: boolean;
  description?: string;
  /** json/form/text: the body type. binary: a binary primitive. multipart: an object type describing the fields. */
  type: TypeRef;
  /** multipart only: fields in declaration order. */
  fields?: MultipartField[];
}

export interface MultipartField {
  name: string;
  required: boolean;
  /** file: one binary; files: array of binaries; json: an object sent as JSON; field: primitive(s) as text. */
  kind: "file" | "files" | "field" | "json";
  type: TypeRef;
  contentType?: string;
  description?: string;
}

export type ResponseKind = "json" | "text" | "binary" | "sse" | "ndjson" | "none";

export interface SuccessResponse {
  status: string;
  kind: ResponseKind;
  contentType?: string;
  /** For sse/ndjson: the type of one event's data. */
  type?: TypeRef;
  description?: string;
  /**
   * What an empty body at this status resolves to, when the schema needs no data (ir/empty-body.ts): `undefined`
   * (no content, or no schema) or `{}` (an object declaring no properties). Absent: data is required.
   */
  emptyBody?: "undefined" | "object";
}

export interface ErrorRef {
  /** "404", "4XX" or "default". */
  status: string;
  type?: TypeRef;
  description?: string;
}

export interface ErrorStatus {
  status: string;
  /** Name by meaning, e.g. `["Bad", "Request"]`; undefined for `default` (the base error). */
  name?: Words;
  description?: string;
  /** Distinct body types declared for this status across operations. */
  types: TypeRef[];
}

export type Pagination =
  | { kind: "offset"; offsetParam: string; limitParam?: string; itemsPath: string[] }
  | { kind: "page"; pageParam: string; sizeParam?: string; itemsPath: string[] }
  | { kind: "cursor"; cursorParam: string; nextCursorPath: string[]; hasMorePath?: string[]; itemsPath: string[] }
  | { kind: "link"; itemsPath: string[] };

export interface NamedType {
  /** The type's key: unique among `Api.types`, what `{ kind: "named", name }` refers to. Not a spelling. */
  name: string;
  /** The type's name as words, case kept: a component schema's as the spec writes it (`["Embed", "Request"]`), a lifted type's as composed. */
  words: Words;
  description?: string;
  deprecated: boolean;
  type: TypeRef;
  /** JSON pointer of the schema it was built from. */
  source: string;
}

export type PrimitiveType = "string" | "number" | "integer" | "boolean" | "null" | "unknown" | "date-time" | "date" | "binary";

export type TypeRef =
  | { kind: "named"; name: string }
  | { kind: "primitive"; type: PrimitiveType; format?: string }
  | { kind: "literal"; value: string | number | boolean | null }
  | { kind: "enum"; values: Array<string | number | boolean | null>; names?: string[]; descriptions?: string[] }
  | { kind: "array"; items: TypeRef }
  | { kind: "map"; values: TypeRef }
  | { kind: "object"; properties: Property[]; additional?: TypeRef }
  | { kind: "union"; variants: TypeRef[]; discriminator?: Discriminator }
  | { kind: "intersection"; parts: TypeRef[] }
  | { kind: "nullable"; type: TypeRef };

export interface Discriminator {
  /** Wire name of the property that tells the variants apart. */
  property: string;
  /** Discriminator value → variant type name (every variant is a named object type). */
  mapping: Array<{ value: string; type: string }>;
}

export interface Property {
  /** Wire name. */
  name: string;
  type: TypeRef;
  required: boolean;
  description?: string;
  deprecated: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  default?: unknown;
  format?: string;
}
