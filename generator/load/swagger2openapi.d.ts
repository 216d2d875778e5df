/** The part of swagger2openapi (CommonJS, untyped) that load/swagger2.ts uses; imported from ESM as the default export. */
declare module "swagger2openapi" {
  const swagger2openapi: {
    convertObj(spec: object, options: Record<string, unknown>): Promise<{ openapi: any }>;
  };
  export default swagger2openapi;
}
