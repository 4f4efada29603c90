import { parseDuration } from '../core/duration.js';
import { UsageError } from '../core/errors.js';
import { serviceBase } from './urls.js';

export const DEFAULT_GITHUB_API = 'https://api.github.com';
export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org';
export const DEFAULT_PYPI_INDEX = 'https://pypi.org';
export const DEFAULT_REKOR = 'https://rekor.sigstore.dev';

/** How the network sources behave, from flags or action inputs (same names). */
export type NetworkInput = {
  readonly timeout?: string | undefined;
  readonly retryNotFound?: string | undefined;
  readonly concurrency?: string | undefined;
  readonly token?: string | undefined;
  readonly githubApiUrl?: string | undefined;
};

export type NetworkSettings = {
  /** The whole run's budget for network work. */
  readonly budgetMs: number;
  readonly requestTimeoutMs: number;
  /** How long a "not found" is asked again (0: not at all). */
  readonly retryNotFoundMs: number;
  readonly concurrency: number;
  readonly token: string | undefined;
  readonly githubApiUrl: string;
  readonly userAgent: string;
};

/**
 * Settings from what the user gave, then the environment (`GITHUB_API_URL` as Actions sets it,
 * `GH_TOKEN` / `GITHUB_TOKEN`), then defaults: 60 s budget, 20 s per request, 4 at once.
 */
export function networkSettings(
  input: NetworkInput,
  env: Readonly<Record<string, string | undefined>>,
  version: string,
): NetworkSettings {
  const budgetMs = input.timeout === undefined ? 60_000 : parseDuration(input.timeout, 'timeout');
  if (budgetMs === 0) throw new UsageError('timeout must be more than 0');
  const retryNotFoundMs =
    input.retryNotFound === undefined ? 0 : parseDuration(input.retryNotFound, 'retry-not-found');
  const concurrency = input.concurrency === undefined ? 4 : Number(input.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new UsageError(
      `concurrency must be a whole number from 1 to 32, got ${input.concurrency}`,
    );
  const githubApiUrl = (
    input.githubApiUrl ??
    nonEmpty(env.GITHUB_API_URL) ??
    DEFAULT_GITHUB_API
  ).replace(/\/+$/, '');
  return {
    budgetMs: budgetMs + retryNotFoundMs,
    requestTimeoutMs: Math.min(20_000, budgetMs),
    retryNotFoundMs,
    concurrency,
    token: nonEmpty(input.token) ?? nonEmpty(env.GH_TOKEN) ?? nonEmpty(env.GITHUB_TOKEN),
    githubApiUrl,
    userAgent: `verify-provenance/${version}`,
  };
}

/** The GitHub API base, checked only when the GitHub source is used (an odd env var elsewhere is harmless). */
export function checkGithubApiUrl(settings: NetworkSettings): void {
  serviceBase(settings.githubApiUrl, 'github-api-url');
}

/** Ask again while `found` says nothing was found, until the not-found window has passed. */
export async function retryingNotFound<T>(
  settings: NetworkSettings,
  attempt: () => Promise<T>,
  found: (value: T) => boolean,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  const until = Date.now() + settings.retryNotFoundMs;
  let wait = 1000;
  for (;;) {
    const value = await attempt();
    const left = until - Date.now();
    if (found(value) || left <= 0) return value;
    await sleep(Math.min(wait, left));
    wait = Math.min(wait * 2, 10_000);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
