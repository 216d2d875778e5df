/**
 * Which references load may read: files inside the spec's folder (the folder of the root input) or a folder the
 * config names (`refs.allowDirs`), and HTTP(S) only from hosts the config names (`refs.allowHosts`). Symlinks are
 * resolved before the check, so a link inside the folder cannot lead outside it.
 */
import { realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";

export interface RefPolicy {
  /** Absolute folders whose files may be referenced. */
  allowDirs: string[];
  /** Hosts (`example.com`, or `127.0.0.1:8080` for one port) whose URLs may be fetched. */
  allowHosts: string[];
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** True when `path` (absolute) lies inside one of the allowed folders. */
export function isAllowedFile(policy: RefPolicy, path: string): boolean {
  const target = real(path);
  return policy.allowDirs.some((dir) => {
    const rel = relative(real(dir), target);
    return rel === "" || (rel.split(sep)[0] !== ".." && !isAbsolute(rel));
  });
}

export function isAllowedHost(policy: RefPolicy, url: URL): boolean {
  return policy.allowHosts.some((h) => h.toLowerCase() === url.host.toLowerCase() || h.toLowerCase() === url.hostname.toLowerCase());
}
