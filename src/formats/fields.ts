// Field attributes shared by every standard, and the keyed-map field shape of DCS and the native contract
// (`fields: { name: { type, required, … } }`, nested `fields`, array `items`).
import type { JsonPath } from '../vocabulary.js'
import type { Field, Located, SchemaObject } from '../model/types.js'
import { boolAt, child, entries, listAt, numAt, putDefined, strAt, strListAt } from './read.js'

/** The attributes read the same way wherever they sit (on a DCS field, a native field, ODCS logicalTypeOptions). */
export function constraintsAt(node: unknown, at: JsonPath): Partial<Field> {
  return {
    format: strAt(node, at, 'format'),
    minLength: numAt(node, at, 'minLength'),
    maxLength: numAt(node, at, 'maxLength'),
    pattern: strAt(node, at, 'pattern'),
    minimum: boundAt(node, at, 'minimum'),
    maximum: boundAt(node, at, 'maximum'),
    exclusiveMinimum: boundAt(node, at, 'exclusiveMinimum'),
    exclusiveMaximum: boundAt(node, at, 'exclusiveMaximum'),
    precision: numAt(node, at, 'precision'),
    scale: numAt(node, at, 'scale')
  }
}

/** A bound as a finite number or as non-empty text (a date or timestamp bound); anything else is absent. */
export function boundAt(node: unknown, at: JsonPath, key: string): Located<number | string> | undefined {
  const value = child(node, key)
  if (typeof value === 'string' && value.trim() !== '') return { value, at: [...at, key] }
  return numAt(node, at, key)
}

export function annotationsAt(node: unknown, at: JsonPath): Partial<Field> {
  return {
    required: boolAt(node, at, 'required'),
    unique: boolAt(node, at, 'unique'),
    primaryKey: boolAt(node, at, 'primaryKey'),
    classification: strAt(node, at, 'classification'),
    description: strAt(node, at, 'description'),
    tags: strListAt(node, at, 'tags'),
    examples: listAt(node, at, 'examples')
  }
}

/**
 * The nodes `contract.schema` reports on its own when they have the wrong shape: every field without a type (a
 * field that is not a mapping has none) and the fields container of every table without fields. Passed to
 * `validate` as `reportedNodes`, so a field left empty (`amount:`) is reported once, as a field with no type.
 */
export function itemReportedNodes(objects: readonly SchemaObject[]): JsonPath[] {
  const nodes: JsonPath[] = []
  const visit = (field: Field): void => {
    if (field.type === undefined) nodes.push(field.at)
    field.fields.forEach(visit)
    if (field.items) visit(field.items)
  }
  for (const object of objects) {
    if (object.fields.length === 0) nodes.push(object.fieldsAt)
    object.fields.forEach(visit)
  }
  return nodes
}

export interface KeyedFieldOptions {
  /** The standard's allowed field types. */
  types: ReadonlySet<string>
  /** Resolve a `$ref` field's definition (DCS); undefined when it cannot be resolved. */
  resolveRef?: (ref: string) => unknown
}

export function mapKeyedFields(node: unknown, at: JsonPath, options: KeyedFieldOptions): Field[] {
  return entries(node, at).map((e) => mapKeyedField(e.key, e.value, e.at, options))
}

function mapKeyedField(
  name: string | undefined,
  node: unknown,
  at: JsonPath,
  options: KeyedFieldOptions
): Field {
  const field = (name !== undefined ? { name, at } : { at }) as Field
  putDefined(field, typeOf(node, at, options))
  putDefined(field, constraintsAt(node, at))
  putDefined(field, annotationsAt(node, at))
  putDefined(field, {
    enum: listAt(node, at, 'enum'),
    pii: boolAt(node, at, 'pii'),
    ref: strAt(node, at, '$ref')
  })
  field.fields = mapKeyedFields(child(node, 'fields'), [...at, 'fields'], options)
  const items = child(node, 'items')
  if (items !== undefined && items !== null)
    field.items = mapKeyedField(undefined, items, [...at, 'items'], options)
  return field
}

function typeOf(node: unknown, at: JsonPath, options: KeyedFieldOptions): Pick<Field, 'type' | 'typeValid'> {
  const type = strAt(node, at, 'type')
  if (type) return { type, typeValid: options.types.has(type.value) }
  const ref = strAt(node, at, '$ref')
  if (!ref) return {}
  // A $ref field takes its type from the definition; an unresolvable one still counts as typed.
  const definitionType = child(options.resolveRef?.(ref.value), 'type')
  if (typeof definitionType === 'string') {
    return { type: { value: definitionType, at: ref.at }, typeValid: options.types.has(definitionType) }
  }
  return { type: ref, typeValid: true }
}

/**
 * The type of every field `contract.schema` judges against the standard's list (Field.typeValid), so `validate`
 * leaves out the schema's enum error at exactly these paths (`reportedTypes`) instead of saying it twice.
 */
export function itemReportedTypes(objects: readonly SchemaObject[]): JsonPath[] {
  const types: JsonPath[] = []
  const visit = (field: Field): void => {
    if (field.typeValid !== undefined && field.type) types.push(field.type.at)
    field.fields.forEach(visit)
    if (field.items) visit(field.items)
  }
  for (const object of objects) object.fields.forEach(visit)
  return types
}
