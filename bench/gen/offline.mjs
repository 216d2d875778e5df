// Preloaded (`node --import`) into every generator run of `npm run bench:generate`: the benchmark is offline, so a
// tool that tries to fetch anything over the network fails at once with this message instead of waiting on a timeout.
const realFetch = globalThis.fetch;
globalThis.fetch = async function offlineFetch(input, init) {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input?.url;
  if (typeof url === "string" && (url.startsWith("file:") || url.startsWith("data:"))) return realFetch(input, init);
  throw new Error(`bench:generate is offline: refused to fetch ${url}`);
};
