/** Least-squares fit of log(y) = k·log(x) + c: the exponent k of y ∝ x^k, and R² of the fit. */
export function powerFit(xs: number[], ys: number[]): { exponent: number; r2: number } | undefined {
  const pts = xs.map((x, i) => [x, ys[i]!] as const).filter(([x, y]) => x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y));
  if (pts.length < 2) return undefined;
  const lx = pts.map(([x]) => Math.log(x));
  const ly = pts.map(([, y]) => Math.log(y));
  const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(lx), mean(ly)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < lx.length; i++) {
    sxy += (lx[i]! - mx) * (ly[i]! - my);
    sxx += (lx[i]! - mx) ** 2;
    syy += (ly[i]! - my) ** 2;
  }
  if (sxx === 0) return undefined;
  const exponent = sxy / sxx;
  return { exponent, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}
