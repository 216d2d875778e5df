/**
 * Naming registries: every identifier a generated scope declares (a module's exports and locals, a class's
 * members, an interface's keys) is claimed in the registry of that scope. The first claim of a spelling gets
 * it; a later claim of the same spelling gets a deterministic numeric suffix (`name2`, `name3`…) and, when a
 * `Diagnostics` is given, an info diagnostic naming both owners, so nothing is renamed silently.
 */
import type { Diagnostics, Location } from "../diagnostics.js";

/** Where a name's owner is defined in the spec (a JSON pointer resolved to file and line), for diagnostics. */
export interface NameReporter {
  diagnostics: Diagnostics;
  locate(pointer: string): Location;
}

export class NameRegistry {
  private readonly owners = new Map<string, string>();

  /**
   * @param scope What the names belong to, for diagnostics (`src/types.ts`, `request of files.getFile`).
   * @param reserved Spellings the scope already has (runtime imports, fixed members): never handed out.
   */
  constructor(
    readonly scope: string,
    private readonly reporter?: NameReporter,
    reserved: Iterable<string> = [],
  ) {
    for (const r of reserved) this.owners.set(r, "(reserved by the generated code)");
  }

  has(name: string): boolean {
    return this.owners.has(name);
  }

  /**
   * Claims `wanted` for `owner` (a description of what it names, defined at `pointer` in the spec); returns the
   * spelling to use for the declaration and every reference.
   */
  claim(wanted: string, owner: string, pointer?: string): string {
    let name = wanted;
    for (let n = 2; this.owners.has(name); n++) name = `${wanted}${n}`;
    if (name !== wanted && this.reporter) {
      const at = pointer !== undefined ? this.reporter.locate(pointer) : { file: this.scope };
      this.reporter.diagnostics.info(
        "emit/name-collision",
        at,
        `${owner} is spelled \`${name}\` in ${this.scope}: \`${wanted}\` is already ${this.owners.get(wanted)}`,
      );
    }
    this.owners.set(name, owner);
    return name;
  }
}
