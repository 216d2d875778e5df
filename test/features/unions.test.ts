/**
 * Feature 4 — schemas, part 2: unions (specs: specs/unions.yaml for responses, specs/union-bodies.yaml for request
 * bodies — two specs so that a failure to generate one does not hide the other's results).
 * oneOf/anyOf with a discriminator (with and without mapping, $ref and inline variants), oneOf without a
 * discriminator, arrays of unions inside objects. The TypeScript narrowing on the discriminator is checked by
 * fixtures/unions-types.ts under tsc (typecheck.test.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateFeature, json, snapshotPath, startFeatureServer, type GeneratedPackage } from "./harness.js";

let pkg: GeneratedPackage;
let bodiesPkg: GeneratedPackage;
let server: Awaited<ReturnType<typeof startFeatureServer>>;
let client: any;
let bodiesClient: any;
const failed: { unions?: unknown; unionBodies?: unknown } = {};

beforeAll(async () => {
  server = await startFeatureServer();
  const [a, b] = await Promise.allSettled([generateFeature("unions"), generateFeature("unionBodies")]);
  if (a.status === "fulfilled") {
    pkg = a.value;
    client = new (await pkg.load()).TestClient({ baseUrl: server.url, maxRetries: 0 });
  } else failed.unions = a.reason;
  if (b.status === "fulfilled") {
    bodiesPkg = b.value;
    bodiesClient = new (await bodiesPkg.load()).TestClient({ baseUrl: server.url, maxRetries: 0 });
  } else failed.unionBodies = b.reason;
});
afterAll(async () => {
  await server?.close();
  pkg?.cleanup();
  bodiesPkg?.cleanup();
});

const reply = (body: unknown) => (server.handle = (_req, res) => json(res, 200, body));

describe("union responses (unions.yaml)", () => {
  test("generates", () => {
    if (failed.unions) throw failed.unions;
  });

  test("types.ts and mappers.ts", async () => {
    await expect(pkg.file("src/types.ts")).toMatchFileSnapshot(snapshotPath("unions", "types.ts"));
    await expect(pkg.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("unions", "mappers.ts"));
  });

  test("allOf variants are merged into one interface each", () => {
    const types = pkg.file("src/types.ts");
    expect(types).toMatch(/export interface Dog \{\s*petType: string;\s*name: string;\s*bornAt\?: Date;\s*barkVolume: number;\s*\}/);
  });

  test("discriminator with mapping: the union is tagged with the mapped wire values", () => {
    const types = pkg.file("src/types.ts");
    expect(types).toContain('export type Pet = (Dog & { petType: "dog" }) | (Cat & { petType: "cat" });');
    expect(types).toContain('export type Vehicle = (Car & { vehicleKind: "car" }) | (Boat & { vehicleKind: "boat" });');
  });

  test("discriminator without mapping: the implicit values are the schema names", () => {
    expect(pkg.file("src/types.ts")).toContain('export type Shape = (Circle & { kind: "Circle" }) | (Square & { kind: "Square" });');
  });

  test("inline variants with a discriminator: tagged with the values their discriminator property declares (click / key_press)", () => {
    const types = pkg.file("src/types.ts");
    expect(types).toMatch(/export type Event = \(\w+ & \{ eventType: "click" \}\) \| \(\w+ & \{ eventType: "key_press" \}\);/);
  });

  test("oneOf with mapping → each variant mapped by the discriminator value", async () => {
    reply({ pet_type: "dog", name: "Rex", born_at: "2020-01-01T00:00:00.000Z", bark_volume: 11 });
    expect(await client.zoo.getPet("rex")).toStrictEqual({
      petType: "dog",
      name: "Rex",
      bornAt: new Date("2020-01-01T00:00:00.000Z"),
      barkVolume: 11,
    });
    reply({ pet_type: "cat", name: "Tom", lives_left: 8 });
    expect(await client.zoo.getPet("tom")).toStrictEqual({ petType: "cat", name: "Tom", livesLeft: 8 });
  });

  test("an unknown discriminator value passes through unchanged (forward compatible)", async () => {
    reply({ pet_type: "parrot", name: "Polly", wing_span: 3 });
    expect(await client.zoo.getPet("polly")).toStrictEqual({ pet_type: "parrot", name: "Polly", wing_span: 3 });
  });

  test("anyOf with a mapping to bare schema names", async () => {
    reply({ vehicle_kind: "boat", hull_type: "catamaran" });
    expect(await client.zoo.getVehicle()).toStrictEqual({ vehicleKind: "boat", hullType: "catamaran" });
    reply({ vehicle_kind: "car", wheel_count: 4 });
    expect(await client.zoo.getVehicle()).toStrictEqual({ vehicleKind: "car", wheelCount: 4 });
  });

  test("discriminator without mapping: wire values are the schema names", async () => {
    reply({ kind: "Square", side_cm: 2 });
    expect(await client.zoo.getShape("s")).toStrictEqual({ kind: "Square", sideCm: 2 });
  });

  test("inline variants with a discriminator: the wire value `click` selects the click variant", async () => {
    reply({ event_type: "click", x_pos: 10 });
    expect(await client.zoo.getEvent()).toStrictEqual({ eventType: "click", xPos: 10 });
    reply({ event_type: "key_press", key_code: "Enter" });
    expect(await client.zoo.getEvent()).toStrictEqual({ eventType: "key_press", keyCode: "Enter" });
  });

  test("oneOf without a discriminator: the variant is recognised by a key only it requires", async () => {
    reply({ email_address: "a@b.c", verified_at: "2024-01-01T00:00:00.000Z" });
    expect(await client.zoo.getContact()).toStrictEqual({ emailAddress: "a@b.c", verifiedAt: new Date("2024-01-01T00:00:00.000Z") });
    reply({ phone_number: "+1 555" });
    expect(await client.zoo.getContact()).toStrictEqual({ phoneNumber: "+1 555" });
  });

  test("allOf of a union and an object: both parts are mapped, the union's by its discriminator", async () => {
    expect(pkg.file("src/types.ts")).toContain("export type TaggedPet = Pet & TaggedPetMergedPart2;");
    reply({ pet_type: "dog", name: "Rex", bark_volume: 2, tag_id: "t1", tagged_at: "2024-05-01T00:00:00.000Z" });
    expect(await client.zoo.getTaggedPet("rex")).toStrictEqual({
      petType: "dog",
      name: "Rex",
      barkVolume: 2,
      tagId: "t1",
      taggedAt: new Date("2024-05-01T00:00:00.000Z"),
    });
    reply({ pet_type: "parrot", tag_id: "t2" });
    expect(await client.zoo.getTaggedPet("polly")).toStrictEqual({ pet_type: "parrot", tagId: "t2" });
  });

  test("oneOf a date-time string and an object: the string becomes a Date, the object is mapped", async () => {
    reply("2024-06-01T12:00:00.000Z");
    expect(await client.zoo.getDeadline()).toStrictEqual(new Date("2024-06-01T12:00:00.000Z"));
    reply({ not_after: "2024-07-01T00:00:00.000Z" });
    expect(await client.zoo.getDeadline()).toStrictEqual({ notAfter: new Date("2024-07-01T00:00:00.000Z") });
  });

  test("an array of discriminated unions inside an object: each element mapped by its own variant", async () => {
    reply({
      owner_name: "Ann",
      pets: [
        { pet_type: "dog", name: "A", bark_volume: 1 },
        { pet_type: "cat", name: "B", lives_left: 2 },
      ],
    });
    expect(await client.zoo.getOwner("ann")).toStrictEqual({
      ownerName: "Ann",
      pets: [
        { petType: "dog", name: "A", barkVolume: 1 },
        { petType: "cat", name: "B", livesLeft: 2 },
      ],
    });
  });
});

describe("union request bodies (union-bodies.yaml)", () => {
  test("generates (a discriminated union used as a request body type-checks)", () => {
    if (failed.unionBodies) throw failed.unionBodies;
  });

  test("mappers.ts", async () => {
    await expect(bodiesPkg.file("src/mappers.ts")).toMatchFileSnapshot(snapshotPath("union-bodies", "mappers.ts"));
  });

  test("each variant of a discriminated union body is sent snake_case, and read back", async () => {
    server.handle = (req, res) => json(res, 200, JSON.parse(req.body.toString()));
    const dog = { petType: "dog", name: "Rex", bornAt: new Date("2020-01-01T00:00:00.000Z"), barkVolume: 3 };
    expect(await bodiesClient.zoo.createPet(dog)).toStrictEqual(dog);
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({
      pet_type: "dog",
      name: "Rex",
      born_at: "2020-01-01T00:00:00.000Z",
      bark_volume: 3,
    });
    const cat = { petType: "cat", name: "Tom", livesLeft: 9 };
    expect(await bodiesClient.zoo.createPet(cat)).toStrictEqual(cat);
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({ pet_type: "cat", name: "Tom", lives_left: 9 });
  });

  test("allOf of a union and an object in a body: both parts sent as the wire has them, and read back", async () => {
    server.handle = (req, res) => json(res, 200, JSON.parse(req.body.toString()));
    const tagged = { petType: "cat", name: "Tom", livesLeft: 3, tagId: "t9", taggedAt: new Date("2024-05-01T00:00:00.000Z") };
    expect(await bodiesClient.zoo.echoTaggedPet(tagged)).toStrictEqual(tagged);
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({
      pet_type: "cat",
      name: "Tom",
      lives_left: 3,
      tag_id: "t9",
      tagged_at: "2024-05-01T00:00:00.000Z",
    });
  });

  test("oneOf a date-time and an object in a body: a Date is sent as its ISO string, the object snake_case", async () => {
    server.handle = (req, res) => json(res, 200, JSON.parse(req.body.toString()));
    const at = new Date("2024-06-01T12:00:00.000Z");
    expect(await bodiesClient.zoo.echoDeadline(at)).toStrictEqual(at);
    expect(JSON.parse(server.last().body.toString())).toBe("2024-06-01T12:00:00.000Z");
    const window = { notAfter: new Date("2024-07-01T00:00:00.000Z") };
    expect(await bodiesClient.zoo.echoDeadline(window)).toStrictEqual(window);
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({ not_after: "2024-07-01T00:00:00.000Z" });
  });

  test("discriminator without mapping in a body", async () => {
    server.handle = (req, res) => json(res, 200, JSON.parse(req.body.toString()));
    expect(await bodiesClient.zoo.echoShape({ kind: "Circle", radiusCm: 1.5 })).toStrictEqual({ kind: "Circle", radiusCm: 1.5 });
    expect(JSON.parse(server.last().body.toString())).toStrictEqual({ kind: "Circle", radius_cm: 1.5 });
  });
});
