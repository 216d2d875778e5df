/**
 * The version bump: breaking → major, feature → minor, fix → patch, nothing → none. Under 0.x a breaking change bumps
 * the minor and a feature the patch (caret ranges treat the minor of 0.x as the breaking position). A prerelease is
 * released by the bump that reaches it (1.0.0-rc.1 + breaking → 1.0.0), as `npm version` does.
 */
import type { ChangeKind } from "./types.js";

export type Bump = "major" | "minor" | "patch" | "none";

interface Parsed {
  major: number;
  minor: number;
  patch: number;
  pre?: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseVersion(v: string): Parsed | undefined {
  const m = SEMVER.exec(v.trim());
  return m ? { major: +m[1]!, minor: +m[2]!, patch: +m[3]!, pre: m[4] } : undefined;
}

export function isVersion(v: string): boolean {
  return parseVersion(v) !== undefined;
}

/** The bump for a set of change kinds at a given current version. */
export function bumpFor(kinds: Iterable<ChangeKind>, current: string): Bump {
  const set = new Set(kinds);
  const zero = parseVersion(current)?.major === 0;
  if (set.has("breaking")) return zero ? "minor" : "major";
  if (set.has("feature")) return zero ? "patch" : "minor";
  if (set.has("fix")) return "patch";
  return "none";
}

export function applyBump(current: string, bump: Bump): string {
  const v = parseVersion(current);
  if (!v) throw new Error(`not a semantic version: ${current}`);
  if (bump === "none") return current;
  if (bump === "major") return v.pre && v.minor === 0 && v.patch === 0 ? `${v.major}.0.0` : `${v.major + 1}.0.0`;
  if (bump === "minor") return v.pre && v.patch === 0 ? `${v.major}.${v.minor}.0` : `${v.major}.${v.minor + 1}.0`;
  return v.pre ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}.${v.patch + 1}`;
}

/** -1, 0 or 1, by semver precedence (a prerelease sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`not a semantic version: ${!x ? a : b}`);
  for (const k of ["major", "minor", "patch"] as const) if (x[k] !== y[k]) return x[k] < y[k] ? -1 : 1;
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  const pa = x.pre.split(".");
  const pb = y.pre.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = /^\d+$/.test(pa[i]!) ? +pa[i]! : NaN;
    const nb = /^\d+$/.test(pb[i]!) ? +pb[i]! : NaN;
    if (pa[i] === pb[i]) continue;
    if (!Number.isNaN(na) && !Number.isNaN(nb)) return na < nb ? -1 : 1;
    if (!Number.isNaN(na)) return -1;
    if (!Number.isNaN(nb)) return 1;
    return pa[i]! < pb[i]! ? -1 : 1;
  }
  return 0;
}

/** Which part changed from `a` to `b` (for the report, when the config's version raised it further). */
export function bumpBetween(a: string, b: string): Bump {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y || a === b) return "none";
  return x.major !== y.major ? "major" : x.minor !== y.minor ? "minor" : "patch";
}
