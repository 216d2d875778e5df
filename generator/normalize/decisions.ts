/**
 * What normalize decides that OpenAPI has no place for, handed to the IR as typed data beside the document (the
 * document itself stays plain OpenAPI: no `x-sdk-*` keys are written into it).
 */

/** The resource and method an operation belongs to, as words (`["embed", "jobs"]`, `["get", "usage"]`). */
export interface OperationNaming {
  resource: string[];
  method: string[];
  /** `<resource>.<method>` in camelCase (`embedJobs.create`): the operation's key in the config and in reports. */
  id: string;
}

/** A header parameter moved from the operations to the client (sent on every call when its option is set). */
export interface ClientHeaderDecision {
  /** Wire name as the spec first declares it. */
  name: string;
  /** The client option that sets it, as words (`["client", "name"]`). */
  option: string[];
  /** The parameter's schema (a string when it declares none). */
  schema: unknown;
  description?: string;
  /** Where the parameter was first declared (for messages about its type). */
  pointer: string;
}

export interface NormalizeDecisions {
  /** Every operation's naming, by the operation's JSON pointer (`/paths/~1v1~1embed-jobs/post`). */
  operations: Map<string, OperationNaming>;
  clientHeaders: ClientHeaderDecision[];
}

export function emptyDecisions(): NormalizeDecisions {
  return { operations: new Map(), clientHeaders: [] };
}
