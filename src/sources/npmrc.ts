import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'ini';
import { serviceBase } from './urls.js';

/** What `.npmrc` files say about registries: the default, per scope, and tokens per registry path. */
export type NpmrcSettings = {
  readonly registry: string | undefined;
  /** `@scope` → registry base. */
  readonly scopes: ReadonlyMap<string, string>;
  /** `//host/path/:_authToken` → sent only under `https://host/path/` (and loopback http for tests). */
  readonly tokens: readonly { readonly prefix: string; readonly token: string }[];
  /** The files that were read, for the report. */
  readonly files: readonly string[];
};

/**
 * Read `.npmrc` as npm does, with npm's own INI reader (`ini`): the project's (next to the
 * lockfile), then the user's (`$NPM_CONFIG_USERCONFIG` or `~/.npmrc`); the project's wins.
 * `${VAR}` is expanded from the environment; a token is sent only to its own registry path.
 */
export async function readNpmrc(
  projectDir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<NpmrcSettings> {
  const user =
    env.NPM_CONFIG_USERCONFIG ?? env.npm_config_userconfig ?? join(env.HOME ?? homedir(), '.npmrc');
  const files: string[] = [];
  const merged: Record<string, string> = {};
  for (const file of [user, join(projectDir, '.npmrc')]) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    files.push(file);
    for (const [key, value] of Object.entries(parse(text)))
      if (typeof value === 'string') merged[key] = expand(value, env);
  }
  const registryOf = (value: string, setting: string): string => serviceBase(value, setting);
  const scopes = new Map<string, string>();
  const tokens: { prefix: string; token: string }[] = [];
  for (const [key, value] of Object.entries(merged)) {
    const scope = /^(@[^:]+):registry$/.exec(key)?.[1];
    if (scope !== undefined) scopes.set(scope, registryOf(value, `.npmrc ${key}`));
    const auth = /^\/\/(.+?)\/?:_authToken$/.exec(key)?.[1];
    if (auth !== undefined && value !== '')
      for (const scheme of ['https:', 'http:'])
        tokens.push({ prefix: `${scheme}//${auth}/`, token: value });
  }
  const registry = env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY ?? merged.registry;
  return {
    registry: registry === undefined ? undefined : registryOf(registry, '.npmrc registry'),
    scopes,
    tokens: tokens.sort((a, b) => b.prefix.length - a.prefix.length),
    files,
  };
}

/** npm's `${VAR}` expansion (an unset variable stays as written, as npm leaves it). */
function expand(value: string, env: Readonly<Record<string, string | undefined>>): string {
  return value.replace(/(\\*)\$\{([^}]+)\}/g, (whole, slashes: string, name: string) =>
    slashes.length % 2 === 1
      ? whole.slice(1)
      : `${slashes}${env[name] ?? whole.slice(slashes.length)}`,
  );
}

/** The registry for a package: its scope's, else the default. */
export function registryFor(name: string, settings: NpmrcSettings, fallback: string): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  return (scope === undefined ? undefined : settings.scopes.get(scope)) ?? fallback;
}
