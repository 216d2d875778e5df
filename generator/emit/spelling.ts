/**
 * The spellings of resources and operations, decided once per emit run from the IR's words and used by every
 * emitter: resource class names (package-wide exports), client getters (members of the client class), file names,
 * method names (members of the resource class) and request interface names. Names that would break the object model — a getter `then`
 * (the client would become a thenable), `constructor`, `__proto__`, `toString` and the other Object.prototype
 * members — or collide, are renamed with a reported diagnostic.
 */
import { createHash } from "node:crypto";
import type { Operation, Resource, Waiter } from "../ir/types.js";
import { asciiWords, isIdentifier, losesWords } from "../words.js";
import { NameRegistry, type NameReporter } from "./naming.js";
import { camelCase, camelWords, PROTOTYPE_NAMES, pascalCase } from "./names.js";

/** A class member name: the IR's words in camelCase when that is an identifier (reserved words are fine as members), else escaped. */
function memberName(words: readonly string[], fallback: string): string {
  const name = camelWords(words);
  return isIdentifier(name) ? name : camelCase(name) || fallback;
}

/** Members a generated class must not declare: the promise protocol, class machinery, Object.prototype. */
const UNSAFE_MEMBERS = ["then", "catch", "finally", "prototype", ...PROTOTYPE_NAMES];

/** File names stay well under the 255-byte limit of common file systems (a `.d.ts` suffix is added later). */
const MAX_FILE = 80;

const shortHash = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 8);

export class Spelling {
  private readonly classNames = new Map<Resource, string>();
  private readonly members = new Map<Resource, string>();
  private readonly files = new Map<Resource, string>();
  private readonly methods = new Map<Operation, string>();
  private readonly requests = new Map<Operation, string>();
  private readonly waiters = new Map<Waiter, string>();
  private readonly names = new Map<Resource, string>();

  constructor(
    resources: Resource[],
    private readonly exported: NameRegistry,
    clientReserved: string[],
    reporter: NameReporter | undefined,
    private readonly requestName: (op: Operation) => string,
  ) {
    const clientMembers = new NameRegistry("the client class", reporter, [...UNSAFE_MEMBERS, ...clientReserved]);
    const fileNames = new NameRegistry("src/resources/", reporter);
    for (const r of resources) {
      const where = r.operations[0]?.source;
      const name = camelWords(r.name);
      this.names.set(r, name);
      let base = pascalCase(name);
      if (!isIdentifier(base)) base = `Resource${base}`;
      this.classNames.set(r, exported.claim(exported.has(base) ? `${base}Resource` : base, `the resource class of \`${name}\``, where));
      const member = memberName(r.name, "resource");
      // The getter keeps its resource in the field `_<member>`: `options` and `core` would take the client's own fields.
      const wanted = clientMembers.has(member) || clientMembers.has(`_${member}`) ? `${member}_` : member;
      this.members.set(r, clientMembers.claim(wanted, `the resource \`${name}\``, where));
      if (wanted !== member)
        reporter?.diagnostics.info(
          "emit/renamed-member",
          reporter.locate(where ?? ""),
          `resource \`${name}\` is \`client.${this.members.get(r)}\`: \`${member}\` is reserved on every object or promise`,
        );
      this.files.set(r, fileNames.claim(fileName(name), `the resource \`${name}\``, where));
      this.spellMethods(r, name, reporter);
    }
  }

  private spellMethods(r: Resource, resource: string, reporter: NameReporter | undefined): void {
    const members = new NameRegistry(`the ${resource} resource class`, reporter, [...UNSAFE_MEMBERS, "_core"]);
    for (const op of r.operations) {
      const name = memberName(op.name, "call");
      const wanted = members.has(name) && UNSAFE_MEMBERS.includes(name) ? `${name}_` : name;
      const spelled = members.claim(wanted, `the operation ${op.id}`, op.source);
      if (wanted !== name)
        reporter?.diagnostics.info(
          "emit/renamed-member",
          reporter.locate(op.source),
          `operation ${op.id} is the method \`${spelled}\`: \`${name}\` is reserved on every object or promise`,
        );
      this.methods.set(op, spelled);
    }
    for (const w of r.waiters ?? [])
      this.waiters.set(w, members.claim(memberName(w.name, "waitUntil"), `the waiter ${resource}.${camelWords(w.name)}`));
  }

  /** The resource's name in camelCase as the IR words it, before escaping (`embedJobs`): for docs and messages. */
  resourceName(r: Resource): string {
    return this.names.get(r) ?? camelWords(r.name);
  }

  className(r: Resource): string {
    return this.classNames.get(r)!;
  }
  member(r: Resource): string {
    return this.members.get(r)!;
  }
  fileName(r: Resource): string {
    return this.files.get(r)!;
  }
  methodName(op: Operation): string {
    return this.methods.get(op) ?? camelWords(op.name);
  }
  waiterName(w: Waiter): string {
    return this.waiters.get(w) ?? camelWords(w.name);
  }
  /** Claimed when the emitter first needs it: operations whose argument is the body type itself declare no request type. */
  requestTypeName(op: Operation): string {
    const known = this.requests.get(op);
    if (known !== undefined) return known;
    const name = this.exported.claim(this.requestName(op), `the request type of ${op.id}`, op.source);
    this.requests.set(op, name);
    return name;
  }
}

/**
 * kebab-case of the resource name in ASCII (accents dropped); a name with letters of other scripts (`宠物`,
 * `Товары`) or a long one gets a short hash of the name, so file names stay portable and distinct; Windows device
 * names (`con`, `aux`…) get a suffix.
 */
function fileName(name: string): string {
  const kebab = asciiWords(name)
    .map((w) => w.toLowerCase())
    .join("-");
  if (!kebab) return `resource-${shortHash(name)}`;
  // Windows cannot create these names with any extension (`con.ts`): the package would not check out there.
  if (/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/.test(kebab)) return `${kebab}-resource`;
  if (kebab.length > MAX_FILE) return `${kebab.slice(0, MAX_FILE - 9).replace(/-+$/, "")}-${shortHash(name)}`;
  return losesWords(name) ? `${kebab}-${shortHash(name)}` : kebab;
}
