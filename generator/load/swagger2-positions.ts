/**
 * Where each part of a converted Swagger 2.0 document was in the original file. swagger2openapi moves nodes
 * (`definitions` → `components/schemas`, a body parameter → `requestBody`, a response `schema` → `content/<type>/schema`,
 * a parameter's `type` → its `schema`) and drops others; these regions send every pointer of the converted document
 * back to the Swagger node it came from, so diagnostics name the line and pointer of the file the user wrote.
 * Pointers that did not move (`/paths/…/responses/200`, `/info`) are found directly in the original's positions.
 */
import { escapePointer, unescapePointer } from "../pointer.js";
import type { Region, SourceDocument } from "./source-map.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

type Obj = Record<string, any>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export function swagger2Regions(original: SourceDocument, converted: Obj): Region[] {
  const regions = new Regions(original);
  regions.components(converted);
  regions.paths(converted);
  return regions.list;
}

interface BodySource {
  at: string;
  in: string;
  name: unknown;
}

class Regions {
  readonly list: Region[] = [];
  private readonly swagger: Obj;

  constructor(private readonly original: SourceDocument) {
    this.swagger = original.doc;
  }

  private add(pointer: string, at: string): void {
    if (pointer !== at) this.list.push({ pointer, source: this.original, at });
  }

  /** The sections that moved under `components` (and `host`/`basePath`, now `servers`). */
  components(converted: Obj): void {
    const swagger = this.swagger;
    this.add("/components/schemas", "/definitions");
    this.add("/components/securitySchemes", "/securityDefinitions");
    if (swagger.host !== undefined || swagger.basePath !== undefined)
      this.add("/servers", swagger.host !== undefined ? "/host" : "/basePath");
    for (const [name, param] of entries(converted.components?.parameters)) {
      const at = `/parameters/${escapePointer(name)}`;
      this.add(`/components/parameters/${escapePointer(name)}`, at);
      if (isObj(param) && param.schema !== undefined && isObj(swagger.parameters?.[name]) && swagger.parameters[name].schema === undefined)
        this.add(`/components/parameters/${escapePointer(name)}/schema`, at);
    }
    for (const [name, body] of entries(converted.components?.requestBodies)) {
      if (swagger.parameters?.[name]?.in === "body")
        this.requestBody(`/components/requestBodies/${escapePointer(name)}`, body, [`/parameters/${escapePointer(name)}`]);
    }
    for (const [name, response] of entries(converted.components?.responses)) {
      const pointer = `/components/responses/${escapePointer(name)}`;
      this.add(pointer, `/responses/${escapePointer(name)}`);
      this.responseParts(pointer, `/responses/${escapePointer(name)}`, response);
    }
  }

  /** Each operation's parameters, request body and responses. */
  paths(converted: Obj): void {
    for (const [path, item] of entries(converted.paths)) {
      const itemPointer = `/paths/${escapePointer(path)}`;
      const originalItem: Obj = isObj(this.swagger.paths?.[path]) ? this.swagger.paths[path] : {};
      this.parameters(`${itemPointer}/parameters`, item.parameters, `${itemPointer}/parameters`, originalItem.parameters);
      for (const method of METHODS) {
        const op = item[method];
        if (!isObj(op)) continue;
        const opPointer = `${itemPointer}/${method}`;
        const originalOp: Obj = isObj(originalItem[method]) ? originalItem[method] : {};
        this.parameters(`${opPointer}/parameters`, op.parameters, `${opPointer}/parameters`, originalOp.parameters);
        if (op.requestBody !== undefined) {
          // The body (or form fields) came from the operation's parameters, or from the path item's.
          const from = [
            ...this.bodyParams(`${opPointer}/parameters`, originalOp.parameters),
            ...this.bodyParams(`${itemPointer}/parameters`, originalItem.parameters),
          ];
          this.requestBody(`${opPointer}/requestBody`, op.requestBody, from);
        }
        for (const [status, response] of entries(op.responses)) {
          const at = `${opPointer}/responses/${escapePointer(status)}`;
          this.responseParts(at, at, response);
        }
      }
    }
  }

  /** Converted parameters matched to the original ones by `$ref` or by name and location; body and form ones are gone. */
  private parameters(pointer: string, list: unknown, originalPointer: string, originalList: unknown): void {
    if (!Array.isArray(list) || !Array.isArray(originalList)) return;
    list.forEach((param, i) => {
      const j = originalList.findIndex((o) =>
        isObj(o) && isObj(param) && typeof param.$ref === "string"
          ? typeof o.$ref === "string" && o.$ref.replace("#/parameters/", "#/components/parameters/") === param.$ref
          : isObj(o) && isObj(param) && o.name === param.name && o.in === param.in,
      );
      if (j < 0) return;
      this.add(`${pointer}/${i}`, `${originalPointer}/${j}`);
      // A Swagger parameter carries its type itself; OpenAPI 3 moves it into `schema`.
      if (isObj(param) && param.schema !== undefined && originalList[j]?.schema === undefined)
        this.add(`${pointer}/${i}/schema`, `${originalPointer}/${j}`);
    });
  }

  /** Pointers of the original body parameter (`in: body`) or form fields (`in: formData`), with their names. */
  private bodyParams(pointer: string, list: unknown): BodySource[] {
    if (!Array.isArray(list)) return [];
    return list.flatMap((p, i) => {
      const param = isObj(p) && typeof p.$ref === "string" ? this.swagger.parameters?.[decodeRefName(p.$ref)] : p;
      return isObj(param) && (param.in === "body" || param.in === "formData")
        ? [{ at: `${pointer}/${i}`, in: param.in as string, name: param.name }]
        : [];
    });
  }

  private requestBody(pointer: string, body: unknown, from: Array<BodySource | string>): void {
    const sources = from.map((f) => (typeof f === "string" ? { at: f, in: "body", name: undefined } : f));
    const first = sources[0];
    if (!first || !isObj(body)) return;
    this.add(pointer, first.at);
    for (const [type, media] of entries(body.content)) {
      const schema = `${pointer}/content/${escapePointer(type)}/schema`;
      const bodyParam = sources.find((s) => s.in === "body");
      if (bodyParam) this.add(schema, `${bodyParam.at}/schema`);
      for (const name of Object.keys(isObj(media?.schema?.properties) ? media.schema.properties : {})) {
        const field = sources.find((s) => s.in === "formData" && s.name === name);
        if (field) this.add(`${schema}/properties/${escapePointer(name)}`, field.at);
      }
    }
  }

  /** A response's `content/<type>/schema` was its `schema`; a header's `schema` was the header itself. */
  private responseParts(pointer: string, originalPointer: string, response: unknown): void {
    if (!isObj(response)) return;
    for (const type of Object.keys(isObj(response.content) ? response.content : {}))
      this.add(`${pointer}/content/${escapePointer(type)}/schema`, `${originalPointer}/schema`);
    for (const name of Object.keys(isObj(response.headers) ? response.headers : {}))
      this.add(`${pointer}/headers/${escapePointer(name)}/schema`, `${originalPointer}/headers/${escapePointer(name)}`);
  }
}

function entries(v: unknown): Array<[string, any]> {
  return isObj(v) ? Object.entries(v) : [];
}

function decodeRefName(ref: string): string {
  return unescapePointer(ref.replace(/^#\/parameters\//, ""));
}
