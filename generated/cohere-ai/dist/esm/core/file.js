/**
 * Reads a {@link FileInput} into a Blob: Blob/File as-is; ArrayBuffer and typed arrays (Node Buffers included) wrapped;
 * web `ReadableStream`s, Node readable streams (e.g. `fs.createReadStream`) and other async iterables of chunks
 * buffered; `{ data, filename, contentType }` unwrapped. Streams are detected by duck typing.
 */
export async function resolveFile(input) {
    const x = input;
    if (isWrapper(x)) {
        const inner = await resolveFile(x.data);
        return { blob: inner.blob, filename: x.filename ?? inner.filename, contentType: x.contentType };
    }
    if (typeof Blob !== "undefined" && x instanceof Blob) {
        const name = x.name;
        return { blob: x, filename: typeof name === "string" && name ? name : undefined };
    }
    if (x instanceof ArrayBuffer || ArrayBuffer.isView(x))
        return { blob: new Blob([x]) };
    if (typeof x.getReader === "function")
        return { blob: await new Response(x).blob() };
    if (typeof x[Symbol.asyncIterator] === "function") {
        const chunks = [];
        for await (const chunk of x)
            chunks.push(chunk);
        const path = x.path;
        return {
            blob: new Blob(chunks),
            filename: typeof path === "string" ? path.split(/[\\/]/).pop() || undefined : undefined,
        };
    }
    throw new TypeError("Unsupported file input: expected a Blob, bytes, a stream or { data }");
}
/** The `{ data, filename?, contentType? }` wrapper (and not a stream or Blob that happens to have `data`). */
function isWrapper(x) {
    return (typeof x === "object" &&
        x !== null &&
        "data" in x &&
        typeof x.getReader !== "function" &&
        typeof x[Symbol.asyncIterator] !== "function" &&
        !(typeof Blob !== "undefined" && x instanceof Blob));
}
