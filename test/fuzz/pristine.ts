/** A package generated once (from test/specs/emit/pets.yaml) that full fuzz cases write over. */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../generator/cli.js";
import { ROOT } from "../helpers/project.js";

export async function pristinePackage(cacheDir: string): Promise<string> {
  const dir = join(cacheDir, `pristine-${process.pid}`);
  if (!existsSync(join(dir, "package.json"))) {
    mkdirSync(cacheDir, { recursive: true });
    const err = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      const code = await main(["--spec", join(ROOT, "test/specs/emit/pets.yaml"), "--out", dir, "--quiet"]);
      if (code !== 0) throw new Error("could not generate the pristine package");
    } finally {
      process.stderr.write = err;
    }
  }
  return dir;
}
