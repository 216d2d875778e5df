/**
 * Scratch folders: files that live only while one step runs (Biome's input, tsc's sources and declarations) and are
 * never part of the output. On Linux they go to /dev/shm, in memory, unless the user chose a TMPDIR: a generation
 * writes about a thousand small files there, which cost about 0.2 ms each on a disk-backed /tmp and a tenth of that
 * in memory. A root without room for what the step will write (a container's /dev/shm can be small), or where the
 * folder cannot be made or filled, is passed over for the system's temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Where scratch folders are tried, in order. */
export function scratchRoots(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  return platform === "linux" && !env.TMPDIR ? ["/dev/shm", tmpdir()] : [tmpdir()];
}

/** Error codes of a full or read-only file system: the step is worth running again elsewhere. */
const NO_ROOM = new Set(["ENOSPC", "EDQUOT", "EROFS"]);

/** Free bytes under `root`, or -1 when that cannot be told. */
function freeBytes(root: string): number {
  try {
    const fs = statfsSync(root);
    return fs.bavail * fs.bsize;
  } catch {
    return -1;
  }
}

/**
 * Runs `use` in a new folder named `prefix…` under the first root with room for about `bytes` (the last root is
 * always tried), and removes the folder afterwards.
 */
export async function withScratch<T>(prefix: string, bytes: number, use: (dir: string) => Promise<T>, roots = scratchRoots()): Promise<T> {
  let last: unknown;
  for (const [i, root] of roots.entries()) {
    if (i < roots.length - 1 && freeBytes(root) < bytes) continue;
    let dir: string;
    try {
      dir = mkdtempSync(join(root, prefix));
    } catch (e) {
      last = e;
      continue;
    }
    try {
      return await use(dir);
    } catch (e) {
      if (!NO_ROOM.has((e as NodeJS.ErrnoException)?.code ?? "")) throw e;
      last = e;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  throw last;
}

/** Writes each `[relative path, text]` under `dir`, making each folder once. */
export function writeFiles(dir: string, files: Iterable<readonly [string, string]>): void {
  const made = new Set<string>();
  for (const [rel, text] of files) {
    const file = join(dir, rel);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, text);
  }
}
