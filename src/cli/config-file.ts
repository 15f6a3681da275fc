// The CLI's one door to `.github/handoff.yml`: the real loader, so the CLI, the Action and the docs agree on every
// key, default and message (a bad config is a ConfigError naming the file, the key and its line).
import { loadConfig } from '../config/load.js'
import type { ConfigError, LoadResult } from '../config/load.js'

export type { ConfigError }
export type ConfigResult = LoadResult

export function loadConfigFile(text: string, path: string): ConfigResult {
  return loadConfig(text, path)
}
