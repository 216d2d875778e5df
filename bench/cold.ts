/**
 * Cold import: wall time of a fresh `node --input-type=module -e 'await import("<entry>")'` minus that of the same
 * command without the import (bare node), runs alternating between all commands. Same flags for every command, so
 * the ESM loader's own start-up cancels out. Each child also reports, as steadier secondary figures, its total CPU
 * time (user + system) and the duration of the import() itself (performance.now() around it).
 */
import { spawnSync } from "node:child_process";
import type { Samples } from "./http.js";

export interface ColdTarget {
  name: string;
  specifier: string | null; // null: bare node
}

export interface ColdSamples {
  wall: Samples; // ms per fresh process
  cpu: Samples; // CPU ms of the whole child
  importMs: Samples; // ms of the import() inside the child (bare: 0)
}

export function coldImport(targets: ColdTarget[], runs: number, cwd: string): ColdSamples {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // no tsx loader in the children
  const empty = (): Samples => Object.fromEntries(targets.map((t) => [t.name, [] as number[]]));
  const out: ColdSamples = { wall: empty(), cpu: empty(), importMs: empty() };
  const once = (t: ColdTarget): void => {
    const load = t.specifier === null ? "" : `await import(${JSON.stringify(t.specifier)});`;
    const script =
      `const t = performance.now(); ${load} const ms = performance.now() - t; const c = process.cpuUsage();` +
      `process.stdout.write(JSON.stringify({ ms, cpu: (c.user + c.system) / 1000 }));`;
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd, env, stdio: "pipe" });
    const wall = performance.now() - t0;
    if (r.status !== 0) throw new Error(`cold import of ${t.name} failed: ${r.stderr}`);
    const { ms, cpu } = JSON.parse(String(r.stdout)) as { ms: number; cpu: number };
    out.wall[t.name]!.push(wall);
    out.cpu[t.name]!.push(cpu);
    out.importMs[t.name]!.push(ms);
  };
  for (const t of targets) once(t); // warm the file system cache
  for (const s of [out.wall, out.cpu, out.importMs]) for (const xs of Object.values(s)) xs.length = 0;
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < targets.length; k++) once(targets[(r + k) % targets.length]!);
  }
  return out;
}
