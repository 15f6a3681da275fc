// Open Data Contract Standard v3 (bitol-io): `kind: DataContract`, `apiVersion: v3.x`.
import type { JsonPath } from '../vocabulary.js'
import type { ContractDoc, Field, Located, SchemaObject, StandardIssue } from '../model/types.js'
import { annotationsAt, constraintsAt, itemReportedNodes, itemReportedTypes } from './fields.js'
import type { Format } from './format.js'
import { anyAt, child, defined, elements, isObj, numAt, putDefined, strAt } from './read.js'
import { hasTopLevel } from './sniff.js'
import { validate } from './validate.js'
import type { SchemaId, ValidationOptions } from './validate.js'

/** `logicalType` values of the ODCS v3.1.0 JSON Schema (v3.0.2 allows a subset; its schema rejects the rest). */
export const ODCS_LOGICAL_TYPES: ReadonlySet<string> = new Set([
  'string',
  'date',
  'timestamp',
  'time',
  'number',
  'integer',
  'object',
  'array',
  'boolean'
])

/** One ODCS minor version handoff-check reads: the schema its files are validated against, its logical types. */
interface OdcsVersion {
  schema: SchemaId
  logicalTypes: ReadonlySet<string>
}

const ODCS_VERSIONS: Readonly<Record<string, OdcsVersion>> = {
  '0': { schema: 'odcs-3.0.2', logicalTypes: ODCS_LOGICAL_TYPES },
  '1': { schema: 'odcs-3.1.0', logicalTypes: ODCS_LOGICAL_TYPES },
  // v3.2.0 adds the `map` logical type (RFC 0030) and property `enum`s (RFC 0033).
  '2': { schema: 'odcs-3.2.0', logicalTypes: new Set([...ODCS_LOGICAL_TYPES, 'map']) }
}

/** The ODCS versions handoff-check reads, as messages name them. */
export const ODCS_SUPPORTED = 'v3.0.x, v3.1.x and v3.2.x'

// `v3.1.0`, `v3.2`, and `v3` alone (validated as v3.1.0, whose schema then names the allowed values).
const V3 = /^v3(?:\.(\d+))?(?:[.-]|$)/

/** The version a v3 `apiVersion` names, when handoff-check reads it; undefined for v2, v3.3 and anything else. */
export function odcsVersion(apiVersion: unknown): OdcsVersion | undefined {
  // String() would call a hostile value's own toString.
  const match = typeof apiVersion === 'string' ? V3.exec(apiVersion) : null
  if (!match) return undefined
  return ODCS_VERSIONS[match[1] ?? '1']
}

export const odcs: Format = {
  standard: 'odcs',
  kind: 'contract',
  // `kind: DataContract` without `apiVersion` too, and v2's `kind: managedDataset`: such a file is reported as not
  // supported (formats/unsupported.ts) rather than skipped.
  sniff: (text) => hasTopLevel(text, 'kind', 'DataContract') || hasTopLevel(text, 'kind', 'managedDataset'),
  detect: (data) =>
    child(data, 'kind') === 'DataContract' && odcsVersion(child(data, 'apiVersion')) !== undefined,
  map: (data) => mapOdcs(data)
}

function mapOdcs(data: unknown): ContractDoc {
  const apiVersion = child(data, 'apiVersion')
  // detect() lets only a version handoff-check reads through; a mapper called on anything else reads it as v3.1.
  const version = odcsVersion(apiVersion) ?? ODCS_VERSIONS['1']
  const schemaList = anyAt(data, [], 'schema')
  const objects = elements(schemaList?.value, ['schema']).map((e) =>
    schemaObject(e.value, e.at, version.logicalTypes)
  )
  const owners = ownersOf(data)
  // contract.owner says where ODCS reads the owner; the schema's "additional property" would say less, twice.
  const strayOwner = owners.length === 0 ? anyAt(data, [], 'owner') : undefined
  return {
    kind: 'contract',
    standard: 'odcs',
    at: [],
    ...defined({
      standardVersion: typeof apiVersion === 'string' ? apiVersion : undefined,
      name: strAt(data, [], 'name'),
      id: strAt(data, [], 'id'),
      version: anyAt(data, [], 'version'),
      freshness: freshnessOf(data),
      schema: schemaList && { value: objects, at: schemaList.at },
      strayOwner
    }),
    versionAnchor: [],
    owners,
    ownerAnchor: [],
    freshnessAnchor: child(data, 'slaProperties') === undefined ? [] : ['slaProperties'],
    schemaAnchor: [],
    issues: validateOdcs(data, version, {
      ...VALIDATION,
      reportedNodes: itemReportedNodes(objects),
      reportedTypes: itemReportedTypes(objects),
      ...(strayOwner && { reportedExtras: [strayOwner.at] })
    })
  }
}

/**
 * First found: customProperties `owner`; team members whose role names an owner (`username`, else `name`); the
 * v3.1 team's own `name` (where datacontract-cli writes a DCS `info.owner`); support `mailto:` channels. A member
 * named as owner is more specific than the team, and one the team can be reached through.
 */
function ownersOf(data: unknown): Located<unknown>[] {
  const custom = elements(child(data, 'customProperties'), ['customProperties'])
    .filter((e) => child(e.value, 'property') === 'owner')
    .flatMap((e) => anyAt(e.value, e.at, 'value') ?? [])
  if (custom.length > 0) return custom

  const team = child(data, 'team')
  const members = Array.isArray(team)
    ? elements(team, ['team'])
    : elements(child(team, 'members'), ['team', 'members'])
  const owners = members
    .filter((m) => /owner/i.test(strAt(m.value, m.at, 'role')?.value ?? ''))
    .flatMap((m) => strAt(m.value, m.at, 'username') ?? strAt(m.value, m.at, 'name') ?? [])
  if (owners.length > 0) return owners

  const teamName = strAt(team, ['team'], 'name')
  if (teamName && teamName.value.trim() !== '') return [teamName]

  return elements(child(data, 'support'), ['support']).flatMap((e) => {
    const url = strAt(e.value, e.at, 'url')
    return url && /^mailto:/i.test(url.value)
      ? [{ value: url.value.replace(/^mailto:/i, ''), at: url.at }]
      : []
  })
}

function freshnessOf(data: unknown): ContractDoc['freshness'] {
  const sla = elements(child(data, 'slaProperties'), ['slaProperties'])
  const entry =
    sla.find((e) => child(e.value, 'property') === 'freshness') ??
    sla.find((e) => child(e.value, 'property') === 'latency')
  if (!entry) return undefined
  const value = anyAt(entry.value, entry.at, 'value')
  if (!value) return undefined
  return { at: entry.at, value, ...defined({ unit: anyAt(entry.value, entry.at, 'unit') }) }
}

function schemaObject(node: unknown, at: JsonPath, types: ReadonlySet<string>): SchemaObject {
  const name = child(node, 'name')
  return {
    name: typeof name === 'string' ? name : '',
    at,
    ...defined({ type: strAt(node, at, 'physicalType'), description: strAt(node, at, 'description') }),
    fields: properties(node, at, types),
    fieldsAt: child(node, 'properties') === undefined ? at : [...at, 'properties']
  }
}

function properties(node: unknown, at: JsonPath, types: ReadonlySet<string>): Field[] {
  return elements(child(node, 'properties'), [...at, 'properties']).map((e) => property(e.value, e.at, types))
}

function property(node: unknown, at: JsonPath, types: ReadonlySet<string>): Field {
  const logicalType = strAt(node, at, 'logicalType')
  const physicalType = strAt(node, at, 'physicalType')
  const options = child(node, 'logicalTypeOptions')
  const name = child(node, 'name')
  // Assigned one group at a time: a spread of every attribute into a temporary object, filtered again, was the
  // costliest step of mapping a large contract.
  const field = (typeof name === 'string' ? { name, at } : { at }) as Field
  putDefined(field, {
    type: logicalType ?? physicalType,
    // Physical types are the data store's own and free-form.
    typeValid: logicalType ? types.has(logicalType.value) : physicalType ? true : undefined,
    physicalType
  })
  if (isObj(options)) putDefined(field, constraintsAt(options, [...at, 'logicalTypeOptions']))
  putDefined(field, annotationsAt(node, at))
  putDefined(field, { primaryKeyPosition: numAt(node, at, 'primaryKeyPosition'), enum: enumValues(node, at) })
  field.fields = properties(node, at, types)
  const items = child(node, 'items')
  if (isObj(items)) field.items = property(items, [...at, 'items'], types)
  return field
}

/**
 * v3.2 `enum: [{ value, label, … }]` as its values, for the breaking-change diff; any other shape is the schema's.
 * Before v3.2, the custom property `enum` with a list, where datacontract-cli's DCS → ODCS export writes a DCS enum.
 */
function enumValues(node: unknown, at: JsonPath): Located<unknown[]> | undefined {
  const list = child(node, 'enum')
  if (Array.isArray(list) && list.every((e) => isObj(e) && 'value' in e))
    return { value: list.map((e) => (e as Record<string, unknown>).value), at: [...at, 'enum'] }
  const custom = child(node, 'customProperties')
  if (!Array.isArray(custom)) return undefined
  const index = custom.findIndex((e) => child(e, 'property') === 'enum' && Array.isArray(child(e, 'value')))
  return index < 0
    ? undefined
    : { value: child(custom[index], 'value') as unknown[], at: [...at, 'customProperties', index, 'value'] }
}

const VALIDATION: ValidationOptions = { schemaRoots: ['schema'], reportedKeys: [['version']] }

/**
 * Each file against the schema of its own minor version. A v3.0.x file that only uses what v3.1.0 allows (a `team`
 * object, numeric `exclusiveMinimum`, …) passes: the standard's own v3.0.x examples do exactly that. When it fails
 * both, the shorter list is the more specific one. A v3.0.x file passes when either schema accepts it, so v3.1.0,
 * which accepts nearly every valid v3.0.x file too, is asked first: one validation settles most files, and a thread
 * that meets only valid files never loads the v3.0.2 validator at all.
 */
function validateOdcs(data: unknown, version: OdcsVersion, options: ValidationOptions): StandardIssue[] {
  if (version.schema !== 'odcs-3.0.2') return validate(version.schema, data, options)
  const later = validate('odcs-3.1.0', data, options)
  if (later.length === 0) return later
  const declared = validate('odcs-3.0.2', data, options)
  return later.length < declared.length ? later : declared
}
