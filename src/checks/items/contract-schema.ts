import type { ContractDoc, Field } from '../../model/types.js'
import type { ContractItem, ItemReport } from '../item.js'
import { contractMissingId, contractMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { quote } from '../values/quote.js'

export const contractSchema: ContractItem = {
  id: 'contract.schema',
  appliesTo: 'contract',
  defaultSeverity: 'error',
  title: 'Contract declares a typed schema',
  description:
    'The contract declares at least one table (or view, topic, …), each with at least one field, and every field, nested ones included, has a name and a valid type.',
  help: 'Declare each table with its fields; give every field a name and a type the standard allows.',
  example: 'schema: { orders: { fields: { order_id: { type: string, required: true } } } }',
  messages: {
    ...contractMissingMessages('No schema: add {{where}}.', {
      native: '`schema: { orders: { fields: { order_id: { type: string } } } }`',
      odcs: 'a `schema` list, e.g. `schema: [{ name: orders, properties: [{ name: order_id, logicalType: string }] }]`',
      dcs: '`models: { orders: { fields: { order_id: { type: string } } } }`'
    }),
    empty: 'The schema declares no tables: add at least one, with its fields.',
    noFields: 'Table "{{object}}" has no fields: declare at least one, with a name and a type.',
    unnamedField: 'A field of "{{parent}}" has no name: give it a `name`.',
    untypedField: 'Field "{{field}}" has no type: give it one ({{typeKey}}).',
    badType: 'Field "{{field}}" has type "{{type}}", which {{standard}} does not allow.',
    ...STANDARD_ISSUE
  },
  check(doc) {
    if (!doc.schema) return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.schemaAnchor }]
    if (doc.schema.value.length === 0) return [{ messageId: 'empty', status: 'invalid', at: doc.schema.at }]
    const reports: ItemReport[] = []
    for (const object of doc.schema.value) {
      if (object.fields.length === 0) {
        reports.push({
          messageId: 'noFields',
          data: { object: object.name },
          status: 'invalid',
          at: object.fieldsAt
        })
      }
      for (const field of object.fields) checkField(doc, field, object.name, true, reports)
    }
    return reports
  }
}

const TYPE_KEY: Record<string, string> = {
  odcs: '`logicalType: string`, or a `physicalType`',
  dcs: '`type: string`',
  'handoff-contract': '`type: string`'
}

const STANDARD_NAME: Record<string, string> = {
  odcs: 'ODCS',
  dcs: 'the Data Contract Specification',
  'handoff-contract': 'the handoff-check contract'
}

// Array elements (`items`) are named by their array, so only fields proper must have a name.
function checkField(
  doc: ContractDoc,
  field: Field,
  parent: string,
  named: boolean,
  reports: ItemReport[]
): void {
  const label = typeof field.name === 'string' && named ? `${parent}.${field.name}` : parent
  if (named && (typeof field.name !== 'string' || field.name.trim() === '')) {
    reports.push({ messageId: 'unnamedField', data: { parent }, status: 'invalid', at: field.at })
  }
  const typedByPhysical = doc.standard === 'odcs' && field.physicalType !== undefined
  if (field.type === undefined) {
    if (!typedByPhysical) {
      reports.push({
        messageId: 'untypedField',
        data: { field: label, typeKey: TYPE_KEY[doc.standard] ?? TYPE_KEY.dcs },
        status: 'invalid',
        at: field.at
      })
    }
  } else if (field.typeValid === false) {
    reports.push({
      messageId: 'badType',
      data: {
        field: label,
        type: quote(field.type.value),
        standard: STANDARD_NAME[doc.standard] ?? 'the standard'
      },
      status: 'invalid',
      at: field.type.at
    })
  }
  for (const nested of field.fields) checkField(doc, nested, label, true, reports)
  if (field.items) checkField(doc, field.items, `${label}[]`, false, reports)
}
