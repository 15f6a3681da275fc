// The policy (`.github/handoff.yml`) as read from the base commit, so a PR cannot loosen its own rules.
// Loading uses the same result shape as src/config/load.ts (`loadConfig`); until that module is merged this file
// reads the known keys with parseSource over defaultConfig(). After the merge, `loadPolicy` delegates to it.
import { defaultConfig } from '../config/defaults.js'
import type { ResolvedConfig } from '../config/types.js'
import type { ConfiguredSeverity, JsonPath } from '../core/types.js'
import { parseSource } from '../parse/source.js'

export interface PolicyError {
  path: string
  line: number
  column: number
  message: string
}

export type PolicyResult = { ok: true; config: ResolvedConfig } | { ok: false; errors: PolicyError[] }

const SEVERITIES: readonly string[] = ['error', 'warning', 'notice', 'off']

/** `text` undefined: the base commit has no policy file, so the embedded defaults apply. */
export function loadPolicy(text: string | undefined, path: string): PolicyResult {
  const config = defaultConfig()
  if (text === undefined) return { ok: true, config }
  const source = parseSource(path, text)
  if (source.errors.length > 0) return { ok: false, errors: source.errors.map((e) => ({ path, ...e })) }
  const errors: PolicyError[] = []
  const fail = (at: JsonPath, message: string): void => {
    errors.push({ path, ...source.locate(at), message })
  }
  const data = source.data
  if (data === null || data === undefined) return { ok: true, config }
  if (!isRecord(data))
    return { ok: false, errors: [{ path, line: 1, column: 1, message: 'The policy must be a mapping.' }] }

  const paths = section(data, 'paths', fail)
  for (const key of ['contracts', 'modelCards', 'ignore'] as const) {
    const list = paths?.[key]
    if (list === undefined) continue
    if (isStringList(list)) config.paths[key] = list
    else fail(['paths', key], `paths.${key} must be a list of glob patterns.`)
  }
  for (const [id, severity] of Object.entries(section(data, 'items', fail) ?? {})) {
    if (typeof severity === 'string' && SEVERITIES.includes(severity))
      config.items[id] = severity as ConfiguredSeverity
    else fail(['items', id], `items.${id} must be one of ${SEVERITIES.join(', ')}.`)
  }
  const formats = section(data, 'artifact', fail)?.formats
  if (formats !== undefined) {
    if (isStringList(formats)) config.artifact.formats = formats.map((f) => f.toLowerCase())
    else fail(['artifact', 'formats'], 'artifact.formats must be a list of format ids.')
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

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}
