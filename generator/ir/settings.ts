/** The config's client and package settings as IR sections (`Api.client`, `Api.package`): names as words. */
import type { GeneratorConfig } from "../config.js";
import { composedWords, nameWords } from "../words.js";
import type { ClientSettings, PackageInfo } from "./types.js";

export function clientSettings(config: GeneratorConfig): ClientSettings {
  const c = config.client;
  const a = config.auth;
  return {
    className: nameWords(c.className),
    errorBaseClass: nameWords(c.errorBaseClass),
    prefix: nameWords(c.errorPrefix),
    ...(c.baseUrl ? { baseUrl: c.baseUrl } : {}),
    ...(c.environments ? { environments: Object.entries(c.environments).map(([name, url]) => ({ name: nameWords(name), url })) } : {}),
    ...(c.baseUrlEnvVar ? { baseUrlEnvVar: c.baseUrlEnvVar } : {}),
    timeoutInSeconds: c.timeoutInSeconds,
    maxRetries: c.maxRetries,
    auth: {
      ...(a?.option ? { option: composedWords(a.option) } : {}),
      ...(a?.envVar ? { envVar: a.envVar } : {}),
      ...(a?.usernameEnvVar ? { usernameEnvVar: a.usernameEnvVar } : {}),
      ...(a?.passwordEnvVar ? { passwordEnvVar: a.passwordEnvVar } : {}),
    },
  };
}

export function packageInfo(config: GeneratorConfig): PackageInfo {
  const { name, version, description, license, author, repository } = config.package;
  return {
    name,
    version,
    ...(description !== undefined ? { description } : {}),
    ...(license !== undefined ? { license } : {}),
    ...(author !== undefined ? { author } : {}),
    ...(repository !== undefined ? { repository } : {}),
  };
}
