/**
 * Names become IR words without losing what a spelling shows: a PascalCase schema name spells back to itself, and
 * a composed name's camelCase is what the generator's camelCase gave before words existed.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { camelWords, pascalWords } from "../../generator/emit/names.js";
import { camelCase, composedWords, nameWords } from "../../generator/words.js";

describe("nameWords / composedWords", () => {
  it("splits at case changes and separators, keeping case, digits, `$` and other scripts", () => {
    expect(nameWords("EmbedRequest")).toEqual(["Embed", "Request"]);
    expect(nameWords("HTTPServer2")).toEqual(["HTTP", "Server2"]);
    expect(nameWords("_20100401CreateAccountRequest")).toEqual(["20100401", "Create", "Account", "Request"]);
    expect(nameWords("Foo$Bar")).toEqual(["Foo$Bar"]);
    expect(nameWords("embed-jobs_cancel Response")).toEqual(["embed", "jobs", "cancel", "Response"]);
    expect(nameWords("ÜberGröße")).toEqual(["Über", "Größe"]);
    expect(nameWords("用户Profile")).toEqual(["用户", "Profile"]);
    expect(composedWords("getUsage")).toEqual(["get", "usage"]);
    expect(composedWords("HTTPServer")).toEqual(["http", "server"]);
    expect(composedWords("getID3v2")).toEqual(["get", "ID3v2"]);
    expect(composedWords("get a b")).toEqual(["get", "a", "b"]); // the phrase, not its spelling `getAB`
  });

  it("a PascalCase identifier spells back to itself (schema names reach the IR as written)", () => {
    const word = fc.stringMatching(/^[A-Z][a-z0-9$]{0,5}$|^[A-Z]{2,4}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (parts) => {
        const name = parts.join("");
        expect(pascalWords(nameWords(name))).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it("a phrase's composed words spell in camelCase exactly as camelCase spells the phrase (resource, method, option names)", () => {
    const text = fc.stringMatching(/^[A-Za-z0-9 _\-.]{0,20}$/);
    fc.assert(
      fc.property(text, (s) => {
        const before = camelCase(s);
        // A leading digit is escaped by the emitter (`_2fa`), after spelling: compare without it.
        expect(camelWords(composedWords(s))).toBe(before.replace(/^_(?=[0-9])/, ""));
      }),
      { numRuns: 1000 },
    );
  });
});
