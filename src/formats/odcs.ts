// Open Data Contract Standard v3 (bitol-io): `kind: DataContract`, `apiVersion: v3.x`.
import type { JsonPath } from '../core/types.js'
import type { ContractDoc, Field, Located, SchemaObject, StandardIssue } from '../model/types.js'
import { annotationsAt, constraintsAt, itemReportedNodes } from './fields.js'
import type { Format } from './format.js'
import { anyAt, child, defined, elements, isObj, numAt, strAt } from './read.js'
import { hasTopLevel } from './sniff.js'
import { validate } from './validate.js'
import type { ValidationOptions } from './validate.js'

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

export const odcs: Format = {
  standard: 'odcs',
  kind: 'contract',
  sniff: (text) => hasTopLevel(text, 'kind', 'DataContract') && hasTopLevel(text, 'apiVersion'),
  detect: (data) =>
    child(data, 'kind') === 'DataContract' && /^v3(\.|$)/.test(strAt(data, [], 'apiVersion')?.value ?? ''),
  map: (data) => mapOdcs(data)
}

function mapOdcs(data: unknown): ContractDoc {
  const apiVersion = child(data, 'apiVersion')
  const schemaList = anyAt(data, [], 'schema')
  const objects = elements(schemaList?.value, ['schema']).map((e) => schemaObject(e.value, e.at))
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
    issues: validateOdcs(data, apiVersion, {
      ...VALIDATION,
      reportedNodes: itemReportedNodes(objects),
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

function schemaObject(node: unknown, at: JsonPath): SchemaObject {
  const name = child(node, 'name')
  return {
    name: typeof name === 'string' ? name : '',
    at,
    ...defined({ type: strAt(node, at, 'physicalType'), description: strAt(node, at, 'description') }),
    fields: properties(node, at),
    fieldsAt: child(node, 'properties') === undefined ? at : [...at, 'properties']
  }
}

function properties(node: unknown, at: JsonPath): Field[] {
  return elements(child(node, 'properties'), [...at, 'properties']).map((e) => property(e.value, e.at))
}

function property(node: unknown, at: JsonPath): Field {
  const logicalType = strAt(node, at, 'logicalType')
  const physicalType = strAt(node, at, 'physicalType')
  const options = child(node, 'logicalTypeOptions')
  const name = child(node, 'name')
  const field: Field = {
    ...defined({
      name: typeof name === 'string' ? name : undefined,
      at,
      type: logicalType ?? physicalType,
      // Physical types are the data store's own and free-form.
      typeValid: logicalType ? ODCS_LOGICAL_TYPES.has(logicalType.value) : physicalType ? true : undefined,
      physicalType,
      ...(isObj(options) ? constraintsAt(options, [...at, 'logicalTypeOptions']) : {}),
      ...annotationsAt(node, at),
      primaryKeyPosition: numAt(node, at, 'primaryKeyPosition')
    }),
    fields: properties(node, at)
  }
  const items = child(node, 'items')
  if (isObj(items)) field.items = property(items, [...at, 'items'])
  return field
}

const VALIDATION: ValidationOptions = { schemaRoots: ['schema'], reportedKeys: [['version']] }

/**
 * v3.0.x files against the v3.0.2 schema, the rest against v3.1.0. A v3.0.x file that only uses what v3.1.0 allows
 * (a `team` object, numeric `exclusiveMinimum`, …) passes: the standard's own v3.0.x examples do exactly that.
 * When it fails both, the shorter list is the more specific one.
 */
function validateOdcs(data: unknown, apiVersion: unknown, options: ValidationOptions): StandardIssue[] {
  // String() would call a hostile value's own toString.
  if (typeof apiVersion !== 'string' || !/^v3\.0(\.|$)/.test(apiVersion))
    return validate('odcs-3.1.0', data, options)
  const declared = validate('odcs-3.0.2', data, options)
  if (declared.length === 0) return declared
  const later = validate('odcs-3.1.0', data, options)
  return later.length < declared.length ? later : declared
}
