// The flat rule table, as oasdiff keeps checker/rules.go: every kind of change with its id and default level.
// The checks in this folder report an id; the level and the message come from here and from messages.ts.
import type { ChangeLevel } from '../vocabulary.js'

export type RuleId =
  | 'attribute-changed'
  | 'classification-changed'
  | 'constraint-changed'
  | 'constraint-loosened'
  | 'constraint-tightened'
  | 'contract-removed'
  | 'description-changed'
  | 'enum-narrowed'
  | 'enum-widened'
  | 'examples-changed'
  | 'field-added'
  | 'field-added-required'
  | 'field-removed'
  | 'format-changed'
  | 'freshness-changed'
  | 'freshness-loosened'
  | 'freshness-tightened'
  | 'object-added'
  | 'object-removed'
  | 'object-type-changed'
  | 'owner-changed'
  | 'physical-type-changed'
  | 'pii-changed'
  | 'primary-key-changed'
  | 'ref-changed'
  | 'required-loosened'
  | 'required-tightened'
  | 'tags-changed'
  | 'type-added'
  | 'type-changed'
  | 'type-removed'
  | 'type-widened'
  | 'unique-loosened'
  | 'unique-tightened'

export interface DiffRule {
  id: RuleId
  level: ChangeLevel
  title: string
  description: string
}

export const diffRules: readonly DiffRule[] = [
  {
    id: 'attribute-changed',
    level: 'info',
    title: 'Attribute changed',
    description: 'Any other value of the normalised model changed (the contract name or id).'
  },
  {
    id: 'classification-changed',
    level: 'warning',
    title: 'Classification changed',
    description:
      "A field's data classification was added, removed or changed; consumers may handle it differently."
  },
  {
    id: 'constraint-changed',
    level: 'warning',
    title: 'Constraint changed',
    description: 'A constraint changed in a way that cannot be proven safe: a pattern replaced by another.'
  },
  {
    id: 'constraint-loosened',
    level: 'info',
    title: 'Constraint loosened',
    description:
      'A constraint now accepts more values: a lower bound lowered or removed, an upper bound raised or removed, a pattern or format removed.'
  },
  {
    id: 'constraint-tightened',
    level: 'error',
    title: 'Constraint tightened',
    description:
      'A constraint now rejects values it accepted: minimum, exclusiveMinimum or minLength added or raised; maximum, exclusiveMaximum, maxLength, precision or scale added or lowered; a pattern added.'
  },
  {
    id: 'contract-removed',
    level: 'error',
    title: 'Contract removed',
    description: 'The contract file was deleted: every consumer loses its promise.'
  },
  {
    id: 'description-changed',
    level: 'info',
    title: 'Description changed',
    description: 'The description of an object or field was added, removed or reworded.'
  },
  {
    id: 'enum-narrowed',
    level: 'error',
    title: 'Enum narrowed',
    description:
      'An allowed value was removed from an enum, or an enum was added where any value was allowed.'
  },
  {
    id: 'enum-widened',
    level: 'info',
    title: 'Enum widened',
    description: 'Values were only added to an enum, or the enum was removed.'
  },
  {
    id: 'examples-changed',
    level: 'info',
    title: 'Examples changed',
    description: "A field's examples were added, removed or changed."
  },
  {
    id: 'field-added',
    level: 'info',
    title: 'Optional field added',
    description: 'A field that is not required was added.'
  },
  {
    id: 'field-added-required',
    level: 'warning',
    title: 'Required field added',
    description:
      'A required field was added: readers gain a column, but producers that write the data must now supply it.'
  },
  {
    id: 'field-removed',
    level: 'error',
    title: 'Field removed',
    description: 'A field was removed (or renamed, which is a removal and an addition).'
  },
  {
    id: 'format-changed',
    level: 'error',
    title: 'Format changed',
    description: "A field's format was added or replaced by another."
  },
  {
    id: 'freshness-changed',
    level: 'warning',
    title: 'Freshness changed',
    description:
      'The freshness promise changed and one of the two durations cannot be read, so the change cannot be proven safe.'
  },
  {
    id: 'freshness-loosened',
    level: 'warning',
    title: 'Freshness loosened',
    description: 'The promised maximum age of the data grew, or the promise was removed.'
  },
  {
    id: 'freshness-tightened',
    level: 'info',
    title: 'Freshness tightened',
    description: 'The promised maximum age of the data shrank, or a promise was added.'
  },
  {
    id: 'object-added',
    level: 'info',
    title: 'Object added',
    description: 'A model, table or other schema object was added.'
  },
  {
    id: 'object-removed',
    level: 'error',
    title: 'Object removed',
    description: 'A model, table or other schema object was removed.'
  },
  {
    id: 'object-type-changed',
    level: 'error',
    title: 'Object type changed',
    description: 'The kind of a schema object changed (a table became a view, a topic, …).'
  },
  {
    id: 'owner-changed',
    level: 'warning',
    title: 'Owner changed',
    description: "The contract's owners changed: consumers need to know whom to ask now."
  },
  {
    id: 'physical-type-changed',
    level: 'warning',
    title: 'Physical type changed',
    description:
      "A field's physical type was added, removed or changed; whether that is safe depends on the engine."
  },
  {
    id: 'pii-changed',
    level: 'warning',
    title: 'PII flag changed',
    description: 'A field was marked or unmarked as personally identifiable information.'
  },
  {
    id: 'primary-key-changed',
    level: 'error',
    title: 'Primary key changed',
    description: 'A field joined or left the primary key, or its position in the key changed.'
  },
  {
    id: 'ref-changed',
    level: 'warning',
    title: 'Definition reference changed',
    description:
      "A field's `$ref` (DCS) was added, removed or pointed at another definition; the definitions' own types are compared as the field's type, their other constraints are not."
  },
  {
    id: 'required-loosened',
    level: 'info',
    title: 'Required loosened',
    description: 'A required field became optional.'
  },
  {
    id: 'required-tightened',
    level: 'error',
    title: 'Required tightened',
    description: 'A field became required (`required: true` added, or false changed to true).'
  },
  {
    id: 'tags-changed',
    level: 'info',
    title: 'Tags changed',
    description: "A field's tags were added, removed or changed."
  },
  {
    id: 'type-added',
    level: 'warning',
    title: 'Type added',
    description: 'A field without a logical type got one; values of other types are no longer allowed.'
  },
  {
    id: 'type-changed',
    level: 'error',
    title: 'Type changed',
    description: "A field's logical type changed to one that is not a widening of the old one."
  },
  {
    id: 'type-removed',
    level: 'warning',
    title: 'Type removed',
    description: "A field's logical type was removed; consumers no longer know what they read."
  },
  {
    id: 'type-widened',
    level: 'warning',
    title: 'Type widened',
    description:
      'A logical type was widened (int → long, integer → number, float → double, …): old values still fit, but readers must accept the wider type.'
  },
  {
    id: 'unique-loosened',
    level: 'info',
    title: 'Unique loosened',
    description: 'A field no longer has to be unique.'
  },
  {
    id: 'unique-tightened',
    level: 'error',
    title: 'Unique tightened',
    description: 'A field must now be unique (`unique: true` added, or false changed to true).'
  }
]

export const ruleById: ReadonlyMap<RuleId, DiffRule> = new Map(diffRules.map((r) => [r.id, r]))
