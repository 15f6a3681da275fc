// Data Contract Specification (datacontract.com, deprecated in favour of ODCS): a `dataContractSpecification` key.
import type { ContractDoc, SchemaObject } from '../model/types.js'
import { itemReportedNodes, itemReportedTypes, mapKeyedFields } from './fields.js'
import type { Format } from './format.js'
import { anyAt, child, defined, entries, strAt, textAt } from './read.js'
import { hasTopLevel } from './sniff.js'
import { validate } from './validate.js'

/** `FieldType` of the DCS 1.2.1 JSON Schema. */
export const DCS_FIELD_TYPES: ReadonlySet<string> = new Set([
  'number',
  'decimal',
  'numeric',
  'int',
  'integer',
  'long',
  'bigint',
  'float',
  'double',
  'string',
  'text',
  'varchar',
  'boolean',
  'timestamp',
  'timestamp_tz',
  'timestamp_ntz',
  'date',
  'time',
  'array',
  'map',
  'object',
  'record',
  'struct',
  'bytes',
  'variant',
  'json',
  'null'
])

export const dcs: Format = {
  standard: 'dcs',
  kind: 'contract',
  sniff: (text) => hasTopLevel(text, 'dataContractSpecification'),
  detect: (data) => child(data, 'dataContractSpecification') !== undefined,
  map: (data) => mapDcs(data)
}

function mapDcs(data: unknown): ContractDoc {
  const specVersion = textAt(data, [], 'dataContractSpecification')
  const info = child(data, 'info')
  const threshold = thresholdOf(data, 'freshness') ?? thresholdOf(data, 'latency')
  const models = anyAt(data, [], 'models')
  const definitions = child(data, 'definitions')
  const resolveRef = (ref: string) => {
    const match = /^#\/definitions\/(.+)$/.exec(ref)
    return match ? child(definitions, match[1]) : undefined
  }
  const objects = entries(models?.value, ['models']).map((e): SchemaObject => ({
    name: e.key,
    at: e.at,
    ...defined({
      type: strAt(e.value, e.at, 'type'),
      description: strAt(e.value, e.at, 'description')
    }),
    fields: mapKeyedFields(child(e.value, 'fields'), [...e.at, 'fields'], {
      types: DCS_FIELD_TYPES,
      resolveRef
    }),
    fieldsAt: child(e.value, 'fields') === undefined ? e.at : [...e.at, 'fields']
  }))
  return {
    kind: 'contract',
    standard: 'dcs',
    at: [],
    ...defined({
      standardVersion: specVersion?.value,
      name: strAt(info, ['info'], 'title'),
      id: strAt(data, [], 'id'),
      version: anyAt(info, ['info'], 'version'),
      freshness: threshold && { at: threshold.at.slice(0, 2), value: threshold },
      schema: models && { value: objects, at: models.at }
    }),
    versionAnchor: ['info'],
    owners: anyAt(info, ['info'], 'owner') ? [anyAt(info, ['info'], 'owner')!] : [],
    ownerAnchor: ['info'],
    freshnessAnchor: ['servicelevels', 'freshness'],
    schemaAnchor: [],
    issues: validate(/^1\.1(\.|$)/.test(specVersion?.value ?? '') ? 'dcs-1.1.0' : 'dcs-1.2.1', data, {
      schemaRoots: ['models'],
      reportedKeys: [['info', 'version']],
      reportedNodes: itemReportedNodes(objects),
      reportedTypes: itemReportedTypes(objects)
    })
  }
}

/** `servicelevels.<level>.threshold`: freshness first, else latency (as ODCS's `slaProperties`). */
function thresholdOf(data: unknown, level: 'freshness' | 'latency') {
  return anyAt(child(child(data, 'servicelevels'), level), ['servicelevels', level], 'threshold')
}
