// The policy (`.github/handoff.yml`) as read from the base commit, so a PR cannot loosen its own rules.
import { defaultConfig } from '../../config/defaults.js'
import { loadConfig } from '../../config/load.js'
import type { ConfigError, LoadResult } from '../../config/load.js'

export type PolicyError = ConfigError
export type PolicyResult = LoadResult

/** `text` undefined: the base commit has no policy file, so the embedded defaults apply. */
export function loadPolicy(text: string | undefined, path: string): PolicyResult {
  return text === undefined ? { ok: true, config: defaultConfig() } : loadConfig(text, path)
}
