// Every change message in one catalogue keyed by rule id; the checks never build text themselves.
// Placeholders: {{path}}, {{subject}} (the path without its attribute), {{old}} and {{new}} (values shown as YAML-like scalars, `(none)` when absent).
import type { RuleId } from './rules.js'

export const changeMessages: Readonly<Record<RuleId, string>> = {
  'attribute-changed': '{{path}} changed from {{old}} to {{new}}.',
  'classification-changed': 'The classification of {{subject}} changed from {{old}} to {{new}}.',
  'constraint-changed':
    '{{path}} changed from {{old}} to {{new}}; the new constraint may reject values the old one accepted.',
  'constraint-loosened': '{{path}} was loosened from {{old}} to {{new}}.',
  'constraint-tightened':
    '{{path}} was tightened from {{old}} to {{new}}: values that were valid may now be rejected.',
  'contract-removed': 'The contract was removed; every consumer of it loses its promise.',
  'description-changed': 'The description of {{subject}} changed.',
  'enum-narrowed': 'The allowed values of {{subject}} were narrowed from {{old}} to {{new}}.',
  'enum-widened': 'The allowed values of {{subject}} were widened from {{old}} to {{new}}.',
  'examples-changed': 'The examples of {{subject}} changed.',
  'field-added': 'Optional field {{path}} was added.',
  'field-added-required': 'Required field {{path}} was added: producers must now supply it.',
  'field-removed': 'Field {{path}} was removed.',
  'format-changed': 'The format of {{subject}} changed from {{old}} to {{new}}.',
  'freshness-changed':
    'Freshness changed from {{old}} to {{new}}; one of them is not a duration handoff-check can compare.',
  'freshness-loosened': 'Freshness was loosened from {{old}} to {{new}}: data may now be older.',
  'freshness-tightened': 'Freshness was tightened from {{old}} to {{new}}.',
  'object-added': 'Object {{path}} was added.',
  'object-removed': 'Object {{path}} was removed.',
  'object-type-changed': 'The type of object {{subject}} changed from {{old}} to {{new}}.',
  'owner-changed': 'The owners changed from {{old}} to {{new}}.',
  'physical-type-changed': 'The physical type of {{subject}} changed from {{old}} to {{new}}.',
  'pii-changed': 'The PII flag of {{subject}} changed from {{old}} to {{new}}.',
  'primary-key-changed': 'The primary key changed: {{path}} went from {{old}} to {{new}}.',
  'required-loosened': '{{subject}} is no longer required.',
  'required-tightened': '{{subject}} is now required.',
  'tags-changed': 'The tags of {{subject}} changed from {{old}} to {{new}}.',
  'type-added': '{{subject}} now has the type {{new}}.',
  'type-changed': 'The type of {{subject}} changed from {{old}} to {{new}}.',
  'type-removed': '{{subject}} no longer declares a type (was {{old}}).',
  'type-widened': 'The type of {{subject}} was widened from {{old}} to {{new}}.',
  'unique-loosened': '{{subject}} no longer has to be unique.',
  'unique-tightened': '{{subject}} must now be unique.'
}
