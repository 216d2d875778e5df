import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** GC outside the timed region, so that one variant does not pay for the garbage of another. */
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (options?: { type: "major" | "minor" }) => void;

/**
 * Per-call timings of competing implementations of the same request. A round times one block of `batch`
 * back-to-back calls per variant, blocks in an order rotated every round, so that machine noise hits all variants
 * alike; a round's sample is the mean per call of each block, and ratios are paired per round. Blocks (not single
 * calls) are timed so that work a call leaves behind (timers, abort listeners, garbage) is charged to its own
 * variant: interleaving single calls would bill it to whichever call runs next. Before each block, pending work is
 * let run and a GC runs (both untimed). Besides wall time, the client process's CPU time (user + system, all
 * threads) is recorded: it ignores time spent descheduled, so it is the steadier cross-check on a busy machine.
 */
export interface Variant {
  name: string;
  call: () => Promise<unknown>;
}

export interface Plan {
  warmup: number; // calls per variant before measuring
  batch: number; // back-to-back calls per block
  minRounds: number;
  maxRounds: number;
  maxSeconds: number; // stop after this (once minRounds are done)
  gc: "major" | "minor"; // before each block: major for large responses (promoted garbage), else minor (cheap)
}

/** ms per call, one sample per round, by variant name. */
export type Samples = Record<string, number[]>;

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));

export async function measure(variants: Variant[], plan: Plan): Promise<{ wall: Samples; cpu: Samples }> {
  for (const v of variants) for (let i = 0; i < plan.warmup; i++) await v.call();
  const wall: Samples = Object.fromEntries(variants.map((v) => [v.name, [] as number[]]));
  const cpu: Samples = Object.fromEntries(variants.map((v) => [v.name, [] as number[]]));
  const deadline = performance.now() + plan.maxSeconds * 1000;
  for (let r = 0; r < plan.maxRounds && (r < plan.minRounds || performance.now() < deadline); r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(r + k) % variants.length]!;
      await settle();
      gc({ type: plan.gc });
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < plan.batch; i++) await v.call();
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      wall[v.name]!.push(t / plan.batch);
      cpu[v.name]!.push((c.user + c.system) / 1000 / plan.batch);
    }
  }
  return { wall, cpu };
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}

export interface Stat {
  median: number;
  p25: number;
  p75: number;
  n: number;
}

export function stat(xs: number[]): Stat {
  return { median: quantile(xs, 0.5), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), n: xs.length };
}

/** Per-round ratios a[r] / b[r] (same round, so the same machine state). */
export function pairedRatio(a: number[], b: number[]): Stat {
  return stat(a.map((x, i) => x / b[i]!));
}
