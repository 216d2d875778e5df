/** The change report: what regeneration changed, at the wire (spec/IR) and at the SDK surface (emitted declarations). */

/** breaking: callers' code or behaviour breaks; feature: something new, old code keeps working; fix: documentation only. */
export type ChangeKind = "breaking" | "feature" | "fix";

/** Keep a Changelog section the change is listed under. */
export type ChangeSection = "Added" | "Changed" | "Deprecated" | "Removed" | "Fixed";

export interface Change {
  kind: ChangeKind;
  /** wire: from the spec and IR (operations, parameters, properties, enums, statuses, auth, servers); sdk: from the declarations. */
  level: "wire" | "sdk";
  /** Stable code, e.g. `operation-removed`, `export-renamed`. */
  code: string;
  section: ChangeSection;
  /** The operation (`embedJobs.cancel`, `POST /v1/embed-jobs/{id}/cancel`) or type/export (`EmbedJob.status`) it concerns. */
  subject: string;
  message: string;
  /** Where it comes from: spec file, line and JSON pointer (the new spec; the previous one for removals), or the declaration file. */
  file?: string;
  line?: number;
  pointer?: string;
}

export interface ChangeReport {
  /** The version on disk before (undefined: first generation). */
  previousVersion?: string;
  version: string;
  bump: "major" | "minor" | "patch" | "none";
  /** True when the output folder held no package made by this generator. */
  firstGeneration: boolean;
  changes: Change[];
  summary: { breaking: number; feature: number; fix: number };
}

const KIND_ORDER: Record<ChangeKind, number> = { breaking: 0, feature: 1, fix: 2 };

/** Deterministic order: breaking first, then by level, subject and code. */
export function sortChanges(changes: Change[]): Change[] {
  const seen = new Set<string>();
  const out: Change[] = [];
  for (const c of changes) {
    const key = `${c.level}|${c.code}|${c.subject}|${c.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  }
  return out.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.level < b.level ? 1 : a.level > b.level ? -1 : 0) ||
      (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
