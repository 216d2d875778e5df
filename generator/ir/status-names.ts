/** Names for HTTP error statuses (facts from the IANA registry plus common vendor codes such as 498/499). */
const NAMES: Record<string, string> = {
  "400": "BadRequest",
  "401": "Unauthorized",
  "402": "PaymentRequired",
  "403": "Forbidden",
  "404": "NotFound",
  "405": "MethodNotAllowed",
  "406": "NotAcceptable",
  "407": "ProxyAuthenticationRequired",
  "408": "RequestTimeout",
  "409": "Conflict",
  "410": "Gone",
  "411": "LengthRequired",
  "412": "PreconditionFailed",
  "413": "ContentTooLarge",
  "414": "UriTooLong",
  "415": "UnsupportedMediaType",
  "416": "RangeNotSatisfiable",
  "417": "ExpectationFailed",
  "418": "ImATeapot",
  "421": "MisdirectedRequest",
  "422": "UnprocessableEntity",
  "423": "Locked",
  "424": "FailedDependency",
  "425": "TooEarly",
  "426": "UpgradeRequired",
  "428": "PreconditionRequired",
  "429": "TooManyRequests",
  "431": "RequestHeaderFieldsTooLarge",
  "451": "UnavailableForLegalReasons",
  "498": "InvalidToken",
  "499": "ClientClosedRequest",
  "500": "InternalServer",
  "501": "NotImplemented",
  "502": "BadGateway",
  "503": "ServiceUnavailable",
  "504": "GatewayTimeout",
  "505": "HttpVersionNotSupported",
  "507": "InsufficientStorage",
  "508": "LoopDetected",
  "511": "NetworkAuthenticationRequired",
  "4XX": "Client",
  "5XX": "Server",
};

/** The name for a status key ("404", "4XX"); undefined for "default". */
export function statusName(status: string): string | undefined {
  const key = /^[45]xx$/i.test(status) ? status.toUpperCase() : status;
  if (key === "default") return undefined;
  return NAMES[key] ?? `Status${key}`;
}
