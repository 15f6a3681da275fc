// The CLI's one door to `.github/handoff.yml`. Until src/config/load.ts (`loadConfig`, with schema validation)
// lands, this reads the file with parseSource and merges the known keys over defaultConfig(); after the merge,
// `loadConfigFile` becomes `return loadConfig(text, path)` and nothing else in the CLI changes.
import { defaultConfig } from '../config/defaults.js'
import type { ResolvedConfig } from '../config/types.js'
import type { ConfiguredSeverity, JsonPath } from '../core/types.js'
import { parseSource } from '../parse/source.js'

/** A problem in the config file, with where it is: the same shape as src/config/load.ts reports. */
export interface ConfigError {
  path: string
  line: number
  column: number
  message: string
}

export type ConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; errors: ConfigError[] }

const SEVERITIES: readonly ConfiguredSeverity[] = ['error', 'warning', 'notice', 'off']

export function loadConfigFile(text: string, path: string): ConfigResult {
  const source = parseSource(path, text)
  if (source.errors.length > 0) {
    return { ok: false, errors: source.errors.map((e) => ({ path, ...e })) }
  }
  const config = defaultConfig()
  const errors: ConfigError[] = []
  const fail = (at: JsonPath, message: string) => errors.push({ path, ...source.locate(at), message })
  const data = source.data
  if (data === null || data === undefined) return { ok: true, config }
  if (!isRecord(data)) {
    fail([], 'The config must be a mapping of keys (paths, items, artifact, freshness, owners).')
    return { ok: false, errors }
  }

  const paths = section(data, 'paths', fail)
  for (const key of ['contracts', 'modelCards', 'ignore'] as const) {
    const list = paths?.[key]
    if (list === undefined) continue
    if (Array.isArray(list) && list.every((g) => typeof g === 'string')) config.paths[key] = list
    else fail(['paths', key], `paths.${key} must be a list of glob patterns.`)
  }

  const items = section(data, 'items', fail)
  for (const [id, severity] of Object.entries(items ?? {})) {
    if (typeof severity === 'string' && (SEVERITIES as string[]).includes(severity)) {
      config.items[id] = severity as ConfiguredSeverity
    } else fail(['items', id], `items.${id} must be one of ${SEVERITIES.join(', ')}.`)
  }

  const formats = section(data, 'artifact', fail)?.formats
  if (formats !== undefined) {
    if (Array.isArray(formats) && formats.every((f) => typeof f === 'string')) {
      config.artifact.formats = formats.map((f) => f.toLowerCase())
    } else fail(['artifact', 'formats'], 'artifact.formats must be a list of format ids.')
  }

  const max = section(data, 'freshness', fail)?.max
  if (max !== undefined && max !== null) {
    if (typeof max === 'string') config.freshness.max = max
    else fail(['freshness', 'max'], 'freshness.max must be a duration such as 24h or PT24H.')
  }

  const codeowners = section(data, 'owners', fail)?.codeowners
  if (codeowners !== undefined) {
    if (typeof codeowners === 'boolean') config.owners.codeowners = codeowners
    else fail(['owners', 'codeowners'], 'owners.codeowners must be true or false.')
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, config }
}

function section(
  data: Record<string, unknown>,
  key: string,
  fail: (at: JsonPath, message: string) => void
): Record<string, unknown> | undefined {
  const value = data[key]
  if (value === undefined || value === null) return undefined
  if (isRecord(value)) return value
  fail([key], `${key} must be a mapping.`)
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
