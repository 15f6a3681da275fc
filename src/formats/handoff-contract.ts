// handoff-check's own contract: `apiVersion: handoff-check/v1`, `kind: HandoffContract` (docs/formats.md).
import type { ContractDoc, SchemaObject } from '../model/types.js'
import { ownersAt } from './card-sections.js'
import { itemReportedNodes, itemReportedTypes, mapKeyedFields } from './fields.js'
import type { Format } from './format.js'
import { anyAt, child, defined, entries, strAt } from './read.js'
import { hasTopLevel } from './sniff.js'
import { validate } from './validate.js'

export const API_VERSION = 'handoff-check/v1'

/** The native contract's field types (docs/formats.md). */
export const NATIVE_FIELD_TYPES: ReadonlySet<string> = new Set([
  'string',
  'integer',
  'long',
  'number',
  'decimal',
  'float',
  'double',
  'boolean',
  'date',
  'time',
  'timestamp',
  'bytes',
  'object',
  'array'
])

export const handoffContract: Format = {
  standard: 'handoff-contract',
  kind: 'contract',
  sniff: (text) =>
    hasTopLevel(text, 'apiVersion', API_VERSION) && hasTopLevel(text, 'kind', 'HandoffContract'),
  detect: (data) => child(data, 'apiVersion') === API_VERSION && child(data, 'kind') === 'HandoffContract',
  map: (data) => mapHandoffContract(data)
}

function mapHandoffContract(data: unknown): ContractDoc {
  const freshness = anyAt(data, [], 'freshness')
  const schema = anyAt(data, [], 'schema')
  const objects = entries(schema?.value, ['schema']).map((e): SchemaObject => ({
    name: e.key,
    at: e.at,
    ...defined({
      type: strAt(e.value, e.at, 'type'),
      description: strAt(e.value, e.at, 'description')
    }),
    fields: mapKeyedFields(child(e.value, 'fields'), [...e.at, 'fields'], { types: NATIVE_FIELD_TYPES }),
    fieldsAt: child(e.value, 'fields') === undefined ? e.at : [...e.at, 'fields']
  }))
  return {
    kind: 'contract',
    standard: 'handoff-contract',
    standardVersion: API_VERSION,
    at: [],
    ...defined({
      name: strAt(data, [], 'name'),
      id: strAt(data, [], 'id'),
      version: anyAt(data, [], 'version'),
      freshness: freshness && { at: freshness.at, value: freshness },
      schema: schema && { value: objects, at: schema.at }
    }),
    versionAnchor: [],
    owners: ownersAt(data, []),
    ownerAnchor: [],
    freshnessAnchor: [],
    schemaAnchor: [],
    issues: validate('handoff-contract', data, {
      schemaRoots: ['schema'],
      reportedKeys: [],
      reportedNodes: itemReportedNodes(objects),
      reportedTypes: itemReportedTypes(objects)
    })
  }
}
