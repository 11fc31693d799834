/** Types for bin/run-bundle.mjs (plain JavaScript, so the installed command needs no build step). */
export function codeCacheRoot(
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
  home?: string,
): string | null;
export function runBundle(entry: string, options?: { cacheRoot?: string | null; command?: string }): unknown;
