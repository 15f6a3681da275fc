// Builders for ContractDoc values in the ODCS layout (schema[i].properties[j].<attribute>), so the diff is tested
// without any format mapper. `layout` is a fake locate: every `at` in the document gets its own line, in document
// order, and an unknown path falls back to its deepest known ancestor, as ParsedSource.locate does.
import type { JsonPath, Position } from '../../src/vocabulary.js'
import type { ContractDoc, Field, SchemaObject } from '../../src/model/types.js'

type Attributes = Omit<Field, 'name' | 'at' | 'fields' | 'items' | 'typeValid'>
type AttributeValues = { [K in keyof Attributes]?: NonNullable<Attributes[K]>['value'] }

export interface FieldSpec extends AttributeValues {
  name?: string
  fields?: FieldSpec[]
  items?: FieldSpec
  /** Let `type` come from `physicalType` (at its path), as the ODCS mapper does without a logicalType. */
  typeFromPhysical?: boolean
}

export interface ObjectSpec {
  name: string
  type?: string
  description?: string
  fields?: FieldSpec[]
}

export interface ContractSpec {
  id?: string
  name?: string
  version?: unknown
  owners?: unknown[]
  freshness?: unknown
  freshnessUnit?: unknown
  schema?: ObjectSpec[]
}

export function field(name: string, attributes: Omit<FieldSpec, 'name'> = {}): FieldSpec {
  return { name, ...attributes }
}

export function object(
  name: string,
  fields: FieldSpec[],
  extra: Omit<ObjectSpec, 'name' | 'fields'> = {}
): ObjectSpec {
  return { name, fields, ...extra }
}

export function contract(spec: ContractSpec): ContractDoc {
  const doc: ContractDoc = {
    kind: 'contract',
    standard: 'odcs',
    at: [],
    issues: [],
    versionAnchor: [],
    owners: (spec.owners ?? []).map((value, i) => ({ value, at: ['owners', i] })),
    ownerAnchor: [],
    freshnessAnchor: [],
    schemaAnchor: []
  }
  if (spec.id !== undefined) doc.id = { value: spec.id, at: ['id'] }
  if (spec.name !== undefined) doc.name = { value: spec.name, at: ['name'] }
  if (spec.version !== undefined) doc.version = { value: spec.version, at: ['version'] }
  if (spec.freshness !== undefined) {
    doc.freshness = { at: ['freshness'], value: { value: spec.freshness, at: ['freshness', 'value'] } }
    if (spec.freshnessUnit !== undefined)
      doc.freshness.unit = { value: spec.freshnessUnit, at: ['freshness', 'unit'] }
  }
  if (spec.schema !== undefined) {
    doc.schema = { value: spec.schema.map((o, i) => buildObject(o, ['schema', i])), at: ['schema'] }
  }
  return doc
}

function buildObject(spec: ObjectSpec, at: JsonPath): SchemaObject {
  const o: SchemaObject = {
    name: spec.name,
    at,
    fields: (spec.fields ?? []).map((f, i) => buildField(f, [...at, 'properties', i])),
    fieldsAt: [...at, 'properties']
  }
  if (spec.type !== undefined) o.type = { value: spec.type, at: [...at, 'type'] }
  if (spec.description !== undefined) o.description = { value: spec.description, at: [...at, 'description'] }
  return o
}

function buildField(spec: FieldSpec, at: JsonPath): Field {
  const { name, fields, items, typeFromPhysical, ...attributes } = spec
  const f: Field = { at, fields: (fields ?? []).map((c, i) => buildField(c, [...at, 'properties', i])) }
  if (name !== undefined) f.name = name
  const located = f as unknown as Record<string, { value: unknown; at: JsonPath }>
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) located[key] = { value, at: [...at, key] }
  }
  if (typeFromPhysical && f.physicalType) f.type = { value: f.physicalType.value, at: f.physicalType.at }
  if (items) f.items = buildField(items, [...at, 'items'])
  return f
}

/** A contract with one object `orders` holding the given fields. */
export function orders(
  fields: FieldSpec[],
  spec: Omit<ContractSpec, 'schema'> = { version: '1.0.0' }
): ContractDoc {
  return contract({ ...spec, schema: [object('orders', fields)] })
}

/** The fake locate of a document: each `at` on its own line, in document order. */
export function layout(doc: ContractDoc): (path: JsonPath) => Position {
  const lines = new Map<string, number>()
  const add = (at: JsonPath | undefined) => {
    if (at && !lines.has(key(at))) lines.set(key(at), lines.size + 1)
  }
  const addField = (f: Field) => {
    add(f.at)
    for (const [k, v] of Object.entries(f)) {
      if (k !== 'at' && k !== 'fields' && k !== 'items' && typeof v === 'object' && v !== null && 'at' in v) {
        add((v as { at: JsonPath }).at)
      }
    }
    f.fields.forEach(addField)
    if (f.items) addField(f.items)
  }
  add(doc.at)
  add(doc.id?.at)
  add(doc.name?.at)
  add(doc.version?.at)
  doc.owners.forEach((o) => add(o.at))
  add(doc.freshness?.at)
  add(doc.freshness?.value.at)
  add(doc.freshness?.unit?.at)
  add(doc.schema?.at)
  for (const o of doc.schema?.value ?? []) {
    add(o.at)
    add(o.type?.at)
    add(o.description?.at)
    o.fields.forEach(addField)
  }
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const line = lines.get(key(path.slice(0, n)))
      if (line !== undefined) return { line, column: 1 + 2 * n }
    }
    return { line: 1, column: 1 }
  }
}

export function locators(base: ContractDoc, head: ContractDoc) {
  return { base: layout(base), head: layout(head) }
}

/** The line `layout` gives a path of `doc`. */
export function lineOf(doc: ContractDoc, path: JsonPath): number {
  return layout(doc)(path).line
}

function key(path: JsonPath): string {
  return JSON.stringify(path)
}
