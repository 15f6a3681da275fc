// Validation of a parsed document against its standard's JSON Schema (validators.ts compiles or loads each schema
// once, on first use). ajv's raw output is noisy for oneOf/anyOf (one error per failed branch), so errors are collapsed to the most
// specific ones and capped: a reader needs the first few real problems, not a wall of alternatives.
import type { ErrorObject } from 'ajv'
import type { JsonPath } from '../vocabulary.js'
import type { StandardIssue } from '../model/types.js'
import { schemaValidator } from './validators.js'

export type SchemaId =
  | 'odcs-3.0.2'
  | 'odcs-3.1.0'
  | 'odcs-3.2.0'
  | 'dcs-1.1.0'
  | 'dcs-1.2.1'
  | 'handoff-contract'
  | 'handoff-model-card'
/** A schema, or one of its sub-schemas by JSON Pointer fragment (`handoff-model-card#/$defs/huggingface`). */
export type SchemaTarget = SchemaId | `${SchemaId}#/${string}`

/** At most this many issues per file. */
export const MAX_ISSUES = 10

const COMBINATORS = new Set(['oneOf', 'anyOf'])
const NOISE = new Set(['if', 'then', 'else', 'unevaluatedProperties', ...COMBINATORS])

export interface ValidationOptions {
  /** First path segments under which an error belongs to the data schema (`contract.schema`), e.g. `schema`. */
  schemaRoots: readonly string[]
  /** Keys a handoff item reports itself when missing; a `required` error for them would be reported twice. */
  reportedKeys: readonly JsonPath[]
  /**
   * Nodes whose wrong shape a handoff item reports itself: a field that is not a mapping is `contract.schema`'s
   * field with no type, a table whose fields are not a mapping its table with no fields. ajv's `must be object`
   * there would say the same thing a second time, so `type` errors at exactly these nodes are left out.
   */
  reportedNodes?: readonly JsonPath[]
  /** Keys the standard does not allow that a handoff item reports itself (ODCS's top-level `owner:`, by contract.owner). */
  reportedExtras?: readonly JsonPath[]
  /**
   * Field types, which `contract.schema` judges itself against the standard's list (Field.typeValid: reported as a
   * type the standard does not allow, or accepted, as v3.1 types are in a v3.0 ODCS file). The schema's enum error
   * at exactly these paths is left out; an enum error anywhere else (a table's `logicalType`, a `quality[].type`)
   * is reported.
   */
  reportedTypes?: readonly JsonPath[]
}

export function validate(id: SchemaTarget, data: unknown, options: ValidationOptions): StandardIssue[] {
  const validateFn = schemaValidator(id)
  if (validateFn(data)) return []
  const issues: StandardIssue[] = []
  const seen = new Set<string>()
  const { kept, forms } = collapse(validateFn.errors ?? [])
  for (const error of kept) {
    const issue = toIssue(error, data, options, forms.get(error))
    if (!issue) continue
    const key = `${issue.at.join('\u0000')}\u0001${issue.message}`
    if (seen.has(key)) continue
    seen.add(key)
    issues.push(issue)
    if (issues.length === MAX_ISSUES) break
  }
  return issues
}

/**
 * For every failed oneOf/anyOf, keep what its branches reported deepest in the document (the branch that matched
 * furthest); when no branch got past the combinator's own value, keep the combinator's single error instead, with
 * the forms its branches expected (`forms`) so the message can say what would have been accepted.
 * ajv reports a combinator's branch errors just before the combinator error itself.
 */
function collapse(errors: ErrorObject[]): { kept: ErrorObject[]; forms: Map<ErrorObject, string[]> } {
  const dropped = new Set<number>()
  const forms = new Map<ErrorObject, string[]>()
  errors.forEach((error, index) => {
    if (!COMBINATORS.has(error.keyword)) return
    const window: number[] = []
    for (let i = index - 1; i >= 0 && within(errors[i].instancePath, error.instancePath); i--) window.push(i)
    const live = window.filter((i) => !dropped.has(i) && isBranchError(errors[i], error))
    const depth = (i: number) => segments(errors[i].instancePath).length
    const own = segments(error.instancePath).length
    const deepest = Math.max(own, ...live.map(depth))
    if (deepest > own) {
      for (const i of live) if (depth(i) < deepest) dropped.add(i)
      dropped.add(index)
    } else if (live.length > 0 && live.every((i) => errors[i].keyword === 'type')) {
      // Every branch wanted another type: `must be string or object` says it better than `must match one schema`.
      dropped.add(index)
    } else {
      for (const i of live) dropped.add(i)
      forms.set(
        error,
        expectedForms(
          live.reverse().map((i) => errors[i]),
          forms
        )
      )
    }
  })
  // `if`/`then` failures and `unevaluatedProperties` (a failed subschema evaluates nothing, so every sibling key
  // looks unevaluated) are only noise beside a real error at or below the same place.
  // A combinator kept with the forms it expected is a real problem too, and outranks an `if`/`then` at its value.
  const kept = errors.filter((_, i) => !dropped.has(i))
  const isReal = (e: ErrorObject) => !NOISE.has(e.keyword) || forms.has(e)
  const real = kept.filter(isReal)
  return {
    kept: mergeTypeErrors(
      kept.filter((e) => isReal(e) || !real.some((r) => within(r.instancePath, e.instancePath)))
    ),
    forms
  }
}

/**
 * What the branches of a failed combinator would have accepted, in the schema's order, each once: `a string
 * matching "^…$"`, `an array`, `a mapping without 'username'`. A nested combinator contributes its own forms.
 */
function expectedForms(branchErrors: ErrorObject[], nested: Map<ErrorObject, string[]>): string[] {
  const out: string[] = []
  // Branches that each require another key (ODCS quality operators) read as one form: one of these keys. The keys
  // one branch does not allow read as one form too: a mapping without them.
  const required: string[] = []
  let requiredAt = -1
  const extras = new Map<string, { at: number; keys: string[] }>()
  for (const error of branchErrors) {
    if (error.keyword === 'required') {
      if (requiredAt < 0) requiredAt = out.push('') - 1
      const key = `'${String(error.params.missingProperty)}'`
      if (!required.includes(key)) required.push(key)
      continue
    }
    if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
      const params = error.params as Record<string, unknown>
      const key = `'${String(params.additionalProperty ?? params.unevaluatedProperty)}'`
      let branch = extras.get(error.schemaPath)
      if (!branch) extras.set(error.schemaPath, (branch = { at: out.push('') - 1, keys: [] }))
      if (!branch.keys.includes(key)) branch.keys.push(key)
      continue
    }
    const inner = nested.get(error)
    for (const form of inner ?? [expectedForm(error)]) if (form && !out.includes(form)) out.push(form)
  }
  if (requiredAt >= 0) {
    out[requiredAt] =
      required.length === 1 ? `a mapping with ${required[0]}` : `a mapping with one of ${required.join(', ')}`
  }
  for (const { at, keys } of extras.values()) out[at] = `a mapping without ${keys.join(', ')}`
  return out.filter((form, i) => out.indexOf(form) === i)
}

function expectedForm(error: ErrorObject): string | undefined {
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'type':
      return String(params.type)
        .split(',')
        .map((t) => `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`)
        .join(' or ')
    case 'pattern':
      return `a string matching "${String(params.pattern)}"`
    case 'format':
      return `a ${String(params.format)}`
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'const':
      return JSON.stringify(params.allowedValue)
    case 'if':
    case 'then':
    case 'else':
      return undefined
    default:
      return error.message
  }
}

/** `must be string` and `must be number` at one place become `must be string or number`. */
function mergeTypeErrors(errors: ErrorObject[]): ErrorObject[] {
  const out: ErrorObject[] = []
  const byPath = new Map<string, ErrorObject>()
  for (const error of errors) {
    if (error.keyword !== 'type') {
      out.push(error)
      continue
    }
    const previous = byPath.get(error.instancePath)
    if (!previous) {
      const copy = { ...error, params: { type: String(error.params.type) } }
      byPath.set(error.instancePath, copy)
      out.push(copy)
      continue
    }
    const types = new Set(String(previous.params.type).split(','))
    for (const t of String(error.params.type).split(',')) types.add(t)
    previous.params = { type: [...types].join(',') }
  }
  return out
}

/**
 * Whether `error` came from one of `combinator`'s branches rather than from a sibling keyword of the same schema
 * (a `required` beside the `oneOf`). Branch errors sit under the combinator's schema path, or, reached through a
 * `$ref`, outside the schema that holds the combinator.
 */
function isBranchError(error: ErrorObject, combinator: ErrorObject): boolean {
  const holder = combinator.schemaPath.slice(0, combinator.schemaPath.lastIndexOf('/'))
  return (
    error.schemaPath.startsWith(`${combinator.schemaPath}/`) || !error.schemaPath.startsWith(`${holder}/`)
  )
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i])
}

function within(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`)
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/')
}

/** A JSON Pointer as a JsonPath: sequence indexes as numbers, following the data to tell them from keys. */
export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = []
  let node = data
  for (const raw of segments(pointer)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      path.push(Number(key))
      node = node[Number(key)]
    } else {
      path.push(key)
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined
    }
  }
  return path
}

/** `schema[0].properties[2]`, `info.version`, `models.orders.fields["a.b"]`. */
export function renderPath(path: JsonPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

function toIssue(
  error: ErrorObject,
  data: unknown,
  options: ValidationOptions,
  forms: readonly string[] | undefined
): StandardIssue | undefined {
  const path = pointerToPath(error.instancePath, data)
  let at: JsonPath = path
  let message = error.message ?? 'is invalid'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty)
      const full = [...path, missing]
      if (options.reportedKeys.some((k) => samePath(k, full))) return
      break
    }
    case 'additionalProperties':
      at = [...path, String(params.additionalProperty)]
      if (options.reportedExtras?.some((k) => samePath(k, at))) return
      message = `must NOT have additional property '${String(params.additionalProperty)}'`
      break
    case 'unevaluatedProperties':
      at = [...path, String(params.unevaluatedProperty)]
      if (options.reportedExtras?.some((k) => samePath(k, at))) return
      message = `must NOT have unevaluated property '${String(params.unevaluatedProperty)}'`
      break
    case 'enum':
      if (options.reportedTypes?.some((t) => samePath(t, path))) return
      message = `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
      break
    case 'oneOf':
    case 'anyOf':
      // A oneOf that matched more than one form keeps ajv's words; one that matched none says what would do.
      if (!Array.isArray(params.passingSchemas) && forms && forms.length > 0)
        message = `must be ${joinForms(forms)}`
      break
    case 'const':
      message = `must be ${JSON.stringify(params.allowedValue)}`
      break
    case 'type':
      if (options.reportedNodes?.some((node) => samePath(node, path))) return
      message = `must be ${String(params.type).split(',').join(' or ')}`
      break
  }
  const root = path[0]
  const item =
    typeof root === 'string' && options.schemaRoots.includes(root) ? 'contract.schema' : 'file.schema'
  const where = renderPath(path)
  return { item, message: where === '' ? message : `${where}: ${message}`, at }
}

/** `a, b or c`. */
function joinForms(forms: readonly string[]): string {
  return forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`
}
