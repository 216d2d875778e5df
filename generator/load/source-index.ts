/**
 * Maps pointers of the merged document back to the file (and line) they came from.
 * Merging keeps pointer structure (`/paths/…/get`, `/components/schemas/X`), so a pointer is found by its longest
 * registered prefix; renames made later (normalize) register aliases so old positions stay reachable.
 */
import type { Location } from "../diagnostics.js";
import { locateIn, type SourceDocument } from "./source-map.js";

export class SourceIndex {
  private readonly origins = new Map<string, SourceDocument>();
  private readonly aliases = new Map<string, string>();

  constructor(readonly root: SourceDocument) {}

  register(prefix: string, source: SourceDocument): void {
    this.origins.set(prefix, source);
  }

  /** The pointer in the source of what now lives at `pointer` (after renames and removals). */
  original(pointer: string): string {
    const alias = this.lookup(this.aliases, pointer);
    return alias ? alias[1] + pointer.slice(alias[0].length) : pointer;
  }

  /** Records that what now lives at `to` was at `from` in the source (`from` as returned by {@link original}). */
  alias(to: string, from: string): void {
    this.aliases.set(to, from);
    const source = this.origins.get(from);
    if (source) this.origins.set(to, source);
  }

  /** The source document that a pointer of the merged document came from. */
  sourceOf(pointer: string): SourceDocument {
    return this.lookup(this.origins, pointer)?.[1] ?? this.root;
  }

  locate(pointer: string): Location {
    const loc = locateIn(this.sourceOf(pointer), this.original(pointer));
    return loc;
  }

  private lookup<T>(map: Map<string, T>, pointer: string): [string, T] | undefined {
    let p = pointer;
    for (;;) {
      const hit = map.get(p);
      if (hit !== undefined) return [p, hit];
      if (p === "") return undefined;
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }
}
