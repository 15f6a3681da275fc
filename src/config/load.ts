// `.github/handoff.yml` → ResolvedConfig. Every problem is a ConfigError at the key's line and column, with a
// message that names the key and says what to write instead.
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import schema from '../../schemas/handoff-config.schema.json' with { type: 'json' }
import { itemIds } from '../checks/index.js'
import { normaliseFormat } from '../checks/values/artifact-format.js'
import { parseDuration } from '../checks/values/duration.js'
import { quote } from '../checks/values/quote.js'
import type { ConfiguredSeverity, Gate, JsonPath } from '../vocabulary.js'
import { parseSource } from '../parse/source.js'
import { defaultConfig } from './defaults.js'
import type { OwnerRequirement, ResolvedConfig } from './types.js'

export interface ConfigError {
  /** The configuration file's path. */
  path: string
  line: number
  column: number
  message: string
}

export type LoadResult = { ok: true; config: ResolvedConfig } | { ok: false; errors: ConfigError[] }

/** The configuration as written, after schema validation. */
interface UserConfig {
  gate?: Gate
  paths?: { contracts?: string[]; modelCards?: string[]; ignore?: string[] }
  items?: Record<string, ConfiguredSeverity>
  artifact?: { formats?: string[] }
  freshness?: { max?: string }
  limits?: { maxFileBytes?: number }
  owners?: { codeowners?: boolean; require?: OwnerRequirement }
  impact?: { mention?: boolean }
}

let compiled: ValidateFunction | undefined

// Compiled on first use, once per process.
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(schema)
  return compiled
}

/** Parse, validate and resolve a configuration file's text; an empty file yields the defaults. */
export function loadConfig(text: string, path: string): LoadResult {
  const source = parseSource(path, text)
  if (source.errors.length > 0) {
    return {
      ok: false,
      errors: source.errors.map((e) => ({
        path,
        line: e.line,
        column: e.column,
        message: `YAML syntax error: ${e.message}. Fix the syntax; the configuration is not used until it parses.`
      }))
    }
  }
  const data = dropEmptySections(source.data)
  if (data === undefined) return { ok: true, config: defaultConfig() }

  const at = (p: JsonPath, message: string): ConfigError => ({ path, ...source.locate(p), message })
  const validate = validator()
  if (!validate(data)) {
    const errors = (validate.errors ?? []).flatMap((e) => describe(e)).map((d) => at(d.at, d.message))
    return { ok: false, errors: sortErrors(errors) }
  }

  const user = data as UserConfig
  const max = user.freshness?.max
  if (max !== undefined) {
    const seconds = parseDuration(max)
    if (seconds === undefined || !(seconds > 0)) {
      return {
        ok: false,
        errors: [
          at(
            ['freshness', 'max'],
            `freshness.max: "${max}" is not a positive duration; write ISO 8601 (\`P1D\`, \`PT36H\`) or a number and a unit (\`24h\`, \`7d\`).`
          )
        ]
      }
    }
  }
  return { ok: true, config: merge(user) }
}

function merge(user: UserConfig): ResolvedConfig {
  const config = defaultConfig()
  if (user.gate !== undefined) config.gate = user.gate
  if (user.paths?.contracts) config.paths.contracts = [...user.paths.contracts]
  if (user.paths?.modelCards) config.paths.modelCards = [...user.paths.modelCards]
  if (user.paths?.ignore) config.paths.ignore = [...user.paths.ignore]
  if (user.items) config.items = { ...user.items }
  if (user.artifact?.formats) {
    config.artifact.formats = [...new Set(user.artifact.formats.map((f) => normaliseFormat(f) ?? f))]
  }
  if (user.freshness?.max !== undefined) config.freshness.max = user.freshness.max
  if (user.limits?.maxFileBytes !== undefined) config.limits.maxFileBytes = user.limits.maxFileBytes
  if (user.owners?.codeowners !== undefined) config.owners.codeowners = user.owners.codeowners
  if (user.owners?.require !== undefined) config.owners.require = user.owners.require
  if (user.impact?.mention !== undefined) config.impact.mention = user.impact.mention
  return config
}

// A key left with no value (`items:` after commenting out its entries) means "nothing set", not an error.
function dropEmptySections(data: unknown): unknown {
  if (data === null || data === undefined) return undefined
  if (typeof data !== 'object' || Array.isArray(data)) return data
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    if (value === null) continue
    if (typeof value === 'object' && !Array.isArray(value)) {
      kept[key] = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null))
    } else kept[key] = value
  }
  return kept
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number'
}

function describe(e: ErrorObject): { at: JsonPath; message: string }[] {
  const at = toPath(e.instancePath)
  const name = keyName(at)
  switch (e.keyword) {
    case 'propertyNames': {
      const id = String(e.params.propertyName)
      return [
        {
          at: [...at, id],
          message: `${keyName([...at, id])}: unknown item id; known ids: ${itemIds.join(', ')}.`
        }
      ]
    }
    case 'enum':
      // propertyNames reports its own inner enum failure too; the propertyNames error above covers it.
      if ((e as ErrorObject & { propertyName?: string }).propertyName !== undefined) return []
      return [
        {
          at,
          message: `${name}: "${quote(e.data)}" is not allowed; use one of ${(e.params.allowedValues as unknown[]).join(', ')}.`
        }
      ]
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty)
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      const where = at.length === 0 ? key : keyName([...at, key])
      return [{ at: [...at, key], message: `${where}: unknown key; known keys: ${known.join(', ')}.` }]
    }
    case 'type': {
      const wanted = TYPE_NAMES[String(e.params.type)] ?? String(e.params.type)
      if (at.length === 0) {
        return [
          {
            at,
            message: `The configuration must be ${wanted} of keys (gate, paths, items, artifact, freshness, limits, owners, impact).`
          }
        ]
      }
      return [{ at, message: `${name}: must be ${wanted}.` }]
    }
    case 'minItems':
      return [
        {
          at,
          message: `${name}: list at least ${String(e.params.limit)} entry, or remove the key to keep the default.`
        }
      ]
    case 'minLength':
      return [{ at, message: `${name}: must not be empty.` }]
    case 'minimum':
    case 'maximum':
      return [
        {
          at,
          message: `${name}: ${quote(e.data)} is ${e.keyword === 'minimum' ? 'below' : 'above'} the ${e.keyword} of ${String(e.params.limit)}.`
        }
      ]
    case 'uniqueItems':
      return [
        {
          at: [...at, Math.max(Number(e.params.i), Number(e.params.j))],
          message: `${name}: lists the same entry twice; remove one.`
        }
      ]
    default:
      return [{ at, message: `${name}: ${e.message ?? 'is not valid'}.` }]
  }
}

function toPath(pointer: string): JsonPath {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

function keyName(path: JsonPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function sortErrors(errors: ConfigError[]): ConfigError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : 1))
}
