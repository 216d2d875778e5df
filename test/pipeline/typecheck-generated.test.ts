/** The committed Cohere package type-checks under `tsc --strict` with TypeScript 5.x and with TypeScript 7.x. */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT } from "../helpers/project.js";

const compilers = {
  "TypeScript 5": join(ROOT, "node_modules/typescript/bin/tsc"),
  "TypeScript 7": join(ROOT, "node_modules/typescript7/bin/tsc"),
};

describe("generated/cohere-ai type-checks", () => {
  for (const [name, tsc] of Object.entries(compilers)) {
    it(name, () => {
      const version = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" });
      expect(version).toMatch(name === "TypeScript 5" ? /Version 5\./ : /Version 7\./);
      // The package's own tsconfig: strict, lib ES2022 + DOM, no @types (web-standard APIs only).
      const run = () => execFileSync(process.execPath, [tsc, "-p", join(GENERATED, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" });
      expect(run).not.toThrow();
    });
  }
});
