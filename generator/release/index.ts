/**
 * Release stage entry: compares the new package (file map, before the atomic write) with the package on disk and
 * decides the change report, the version and the CHANGELOG entry. Pure: the caller reads the previous package and
 * writes the result.
 */
import { changelogEntry, CHANGELOG_FILE, prependEntry } from "./changelog.js";
import { recordedProvenance } from "./provenance.js";
import { applyBump, bumpBetween, bumpFor, compareVersions, isVersion } from "./semver.js";
import { declarationEntries, diffSurface, type SurfaceLocator } from "./surface.js";
import { sortChanges, type Change, type ChangeReport } from "./types.js";
import { diffWire } from "./wire-diff.js";
import { WIRE_FILE, type WireLocation, type WireModel } from "./wire.js";

export interface PreviousPackage {
  version: string;
  wire: WireModel;
}

/** The previous package when it was made by this generator (package.json with provenance and a wire model), else undefined. */
export function previousPackage(previous: Map<string, string>): PreviousPackage | undefined {
  const pkgText = previous.get("package.json");
  const wireText = previous.get(WIRE_FILE);
  if (!pkgText || !wireText || !recordedProvenance(pkgText)) return undefined;
  try {
    const version = JSON.parse(pkgText).version;
    const wire = JSON.parse(wireText) as WireModel;
    if (typeof version !== "string" || !isVersion(version) || wire.format !== 1) return undefined;
    return { version, wire };
  } catch {
    return undefined;
  }
}

/** The version to emit the new package with before the comparison: the one on disk, else the config's. */
export function startingVersion(previous: Map<string, string>, configVersion: string): string {
  return previousPackage(previous)?.version ?? configVersion;
}

export interface ReleaseInput {
  /** The package on disk (relative path → text); empty when there is none. */
  previous: Map<string, string>;
  /** The new package, emitted with {@link startingVersion}. */
  files: Map<string, string>;
  wire: WireModel;
  /** `package.version` of the config: the first version, and a floor afterwards. */
  configVersion: string;
  packageName: string;
  title: string;
  /** Entry date (`YYYY-MM-DD`), or undefined for none. */
  date?: string;
  /** Turns a spec path relative to the package folder into the path shown in the report. */
  displayFile?: (relativeToPackage: string) => string;
}

export interface ReleasePlan {
  files: Map<string, string>;
  report: ChangeReport;
}

/** Files that are the package's content: everything but the changelog and the generator's own record. */
function contentDiffers(a: Map<string, string>, b: Map<string, string>): string[] {
  const skip = (p: string) => p === CHANGELOG_FILE || p.startsWith(".generator/");
  const out: string[] = [];
  for (const [p, t] of b) if (!skip(p) && a.get(p) !== t) out.push(p);
  for (const p of a.keys()) if (!skip(p) && !b.has(p)) out.push(p);
  return out.sort();
}

function setVersion(packageJson: string, version: string): string {
  const out = packageJson.replace(/^(\s*"version"\s*:\s*)"[^"]*"/m, `$1${JSON.stringify(version)}`);
  if (JSON.parse(out).version !== version) throw new Error("package.json: could not set the version");
  return out;
}

function locator(before: WireModel, after: WireModel): SurfaceLocator {
  const resources = new Map<string, string>();
  for (const m of [before, after])
    for (const op of Object.values(m.operations)) resources.set(op.id.split(".")[0]!.toLowerCase(), op.id.split(".")[0]!);
  const opAt = (id: string): WireLocation | undefined =>
    Object.values(after.operations).find((o) => o.id === id)?.at ?? Object.values(before.operations).find((o) => o.id === id)?.at;
  return {
    usage: (name) =>
      after.types[name]?.usage ??
      before.types[name]?.usage ??
      (/(Input|Request|Params)$/.test(name) ? "in" : /Response$/.test(name) ? "out" : "both"),
    locate: (name, member) => {
      const t = after.types[name] ?? before.types[name];
      if (t) return member ? { ...t.at } : t.at;
      const resource = resources.get(name.toLowerCase());
      if (resource) return member ? opAt(`${resource}.${member}`) : undefined;
      return undefined;
    },
  };
}

/**
 * True when the two packages declare the same surface text: the same `.d.ts` files, byte for byte, behind the same
 * entry points. Then the compiler-checked comparison (surface.ts, a TypeScript program over both sides: seconds on a
 * big package) can only find nothing, and is skipped.
 */
function sameDeclarations(before: Map<string, string>, after: Map<string, string>): boolean {
  const declarations = (m: Map<string, string>) => [...m].filter(([p]) => p.endsWith(".d.ts"));
  const old = declarations(before);
  if (old.length !== declarations(after).length || old.some(([p, text]) => after.get(p) !== text)) return false;
  return JSON.stringify(declarationEntries(before)) === JSON.stringify(declarationEntries(after));
}

export function planRelease(input: ReleaseInput): ReleasePlan {
  const files = new Map(input.files);
  files.set(WIRE_FILE, JSON.stringify(input.wire, null, 1) + "\n");
  const prev = previousPackage(input.previous);
  const display = input.displayFile ?? ((f: string) => f);
  const changes = (prev ? changesSince(prev, input, files) : []).map((c) => (c.file !== undefined ? { ...c, file: display(c.file) } : c));
  const version = prev ? nextVersion(prev.version, changes, input.configVersion) : input.configVersion;
  const pkg = files.get("package.json");
  if (pkg) files.set("package.json", setVersion(pkg, version));
  setChangelog(files, input, prev, version, changes);
  const count = (k: string) => changes.filter((c) => c.kind === k).length;
  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    report: {
      ...(prev ? { previousVersion: prev.version } : {}),
      version,
      bump: prev ? bumpBetween(prev.version, version) : "none",
      firstGeneration: !prev,
      changes,
      summary: { breaking: count("breaking"), feature: count("feature"), fix: count("fix") },
    },
  };
}

/** A new version gets a CHANGELOG entry on top of the old log; an unchanged version keeps the old log as it was. */
function setChangelog(
  files: Map<string, string>,
  input: ReleaseInput,
  prev: PreviousPackage | undefined,
  version: string,
  changes: Change[],
): void {
  const oldLog = input.previous.get(CHANGELOG_FILE);
  if (!prev || version !== prev.version)
    files.set(
      CHANGELOG_FILE,
      prependEntry(oldLog, changelogEntry(version, input.date, changes, prev ? undefined : firstReleaseIntro(input))),
    );
  else if (oldLog !== undefined) files.set(CHANGELOG_FILE, oldLog);
}

/** The CHANGELOG's first entry says what the package covers. */
function firstReleaseIntro(input: ReleaseInput): string {
  const ops = Object.keys(input.wire.operations).length;
  return `First release generated from the ${input.title} spec: ${ops} operation${ops === 1 ? "" : "s"}, ${Object.keys(input.wire.types).length} types.`;
}

/**
 * What changed since the previous package, sorted: the wire comparison, the compiler-checked surface comparison
 * (skipped when the declarations are the same), and a regeneration note when nothing else changed.
 */
function changesSince(prev: PreviousPackage, input: ReleaseInput, files: Map<string, string>): Change[] {
  const changes = sortChanges([
    ...diffWire(prev.wire, input.wire),
    ...(sameDeclarations(input.previous, files)
      ? []
      : diffSurface(input.previous, files, locator(prev.wire, input.wire), input.packageName)),
  ]);
  if (!changes.length) {
    const regenerated = regeneratedChange(input, files);
    if (regenerated) changes.push(regenerated);
  }
  return changes;
}

/**
 * Output that changed with no API change is a patch release when the inputs of the generation changed (spec,
 * config or generator version). With the same inputs, differences are hand edits that regeneration reverts.
 */
function regeneratedChange(input: ReleaseInput, files: Map<string, string>): Change | undefined {
  const was = recordedProvenance(input.previous.get("package.json"));
  const now = recordedProvenance(files.get("package.json"));
  const inputsChanged =
    !was || !now || was.generator !== now.generator || was.specSha256 !== now.specSha256 || was.configSha256 !== now.configSha256;
  if (!inputsChanged) return undefined;
  const differ = contentDiffers(input.previous, files);
  if (!differ.length) return undefined;
  return {
    kind: "fix",
    level: "sdk",
    code: "package-regenerated",
    section: "Changed",
    subject: input.packageName,
    message: `Regenerated with no API change: ${differ.length} file${differ.length === 1 ? "" : "s"} of the package changed (${differ.slice(0, 3).join(", ")}${differ.length > 3 ? ", …" : ""})`,
  };
}

/** The previous version bumped as the changes require, raised to the config's version when that is higher. */
function nextVersion(previous: string, changes: Change[], configVersion: string): string {
  const version = applyBump(
    previous,
    bumpFor(
      changes.map((c) => c.kind),
      previous,
    ),
  );
  return isVersion(configVersion) && compareVersions(configVersion, version) > 0 ? configVersion : version;
}

export type { Change, ChangeReport } from "./types.js";
