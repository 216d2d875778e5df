/**
 * Tags, operationIds and schema names in any script keep their letters: TypeScript identifiers may hold any
 * ID_Start / ID_Continue character. File names and the npm package name stay ASCII. Through the whole pipeline.
 */
import { camelWords } from "../../generator/emit/names.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import { generateSpec } from "./helpers.js";

const suite = (name: string) => join(ROOT, "test/realworld/suite", name);

describe("non-Latin names", () => {
  it("CJK tags and operationIds name the resources and methods; schema 宠物 is the type 宠物", async () => {
    const { api, files, items } = await generateSpec(suite("oas30-cjk-tags.yaml"));
    expect(items.filter((d) => d.severity !== "info")).toEqual([]);
    expect(api.resources.map((r) => `${camelWords(r.name)}: ${r.operations.map((o) => camelWords(o.name)).join(", ")}`)).toEqual([
      "宠物: 获取宠物列表, 创建宠物",
      "ユーザー: ユーザーを取得",
      "주문: 주문목록",
    ]);
    const resources = [...files.keys()].filter((f) => /^src\/resources\/.*\.ts$/.test(f));
    expect(resources).toHaveLength(3);
    for (const f of resources) expect(f).toMatch(/^src\/resources\/resource-[0-9a-f]{8}\.ts$/); // portable file names
    const pets = resources.map((f) => files.get(f)!).find((t) => t.includes("class 宠物Resource"))!;
    expect(pets).toMatch(/获取宠物列表\(requestOptions\?: RequestOptions\): HttpPromise<(宠物\[\]|Array<宠物>)>/);
    expect(files.get("src/types.ts")).toMatch(/export interface 宠物 \{[^}]*名字\?: string/);
    expect(files.get("src/index.ts")).toContain("export { 宠物商店Client }");
    expect(JSON.parse(files.get("package.json")!).name).toBe("api-client"); // no ASCII words in the title
  }, 120_000);

  it("Cyrillic, Greek and Arabic names are kept; accents leave the file name ASCII", async () => {
    const { api, files } = await generateSpec(suite("oas30-cyrillic-greek-arabic.yaml"));
    expect(api.resources.map((r) => r.operations[0]!.id)).toEqual([
      "товары.получитьТовары",
      "προϊόντα.λίστα",
      "منتجات.قائمةالمنتجات",
      "dogs.list",
    ]);
    expect(files.get("src/types.ts")).toMatch(/export interface Товар \{/);
    const odd = await generateSpec(suite("oas30-odd-names.yaml"));
    expect(odd.api.resources.map((r) => camelWords(r.name))).toContain("größeMaße");
    expect([...odd.files.keys()].filter((f) => f.startsWith("src/resources/") && f.includes("gro"))).toEqual([
      expect.stringMatching(/^src\/resources\/grosse-masse\.ts$/),
    ]);
  }, 120_000);
});
