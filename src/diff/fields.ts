// Fields matched by name within their parent (nested fields by their path, array items as `<field>[]`): added,
// removed, and for a field on both sides every attribute rule, then its children.
import type { JsonPath } from '../vocabulary.js'
import type { Field } from '../model/types.js'
import { report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { constraintRules } from './constraints.js'
import { enumRules } from './enums.js'
import { keyRules } from './keys.js'
import { byName } from './match.js'
import { metadataRules } from './metadata.js'
import { presenceRules } from './presence.js'
import { privacyRules } from './privacy.js'
import { referenceRules } from './references.js'
import { typeRules } from './types.js'
import { asFlag } from './values.js'

type FieldRule = (ctx: DiffContext, pair: FieldPair) => void

const fieldRules: readonly FieldRule[] = [
  typeRules,
  referenceRules,
  presenceRules,
  keyRules,
  constraintRules,
  enumRules,
  privacyRules,
  metadataRules
]

/** Compare two lists of sibling fields; `baseParent`/`headParent` is where a removal or addition is reported. */
export function diffFieldLists(
  ctx: DiffContext,
  prefix: string,
  baseFields: readonly Field[],
  headFields: readonly Field[],
  baseParent: JsonPath,
  headParent: JsonPath
): void {
  const baseByName = byName(baseFields, (f) => f.name)
  const headByName = byName(headFields, (f) => f.name)
  for (const [name, b] of baseByName) {
    const h = headByName.get(name)
    if (h) diffField(ctx, { path: `${prefix}.${name}`, base: b, head: h })
    else removed(ctx, `${prefix}.${name}`, b, headParent)
  }
  for (const [name, h] of headByName) {
    if (!baseByName.has(name)) added(ctx, `${prefix}.${name}`, h, baseParent)
  }
}

function diffField(ctx: DiffContext, pair: FieldPair): void {
  for (const rule of fieldRules) rule(ctx, pair)
  diffFieldLists(ctx, pair.path, pair.base.fields, pair.head.fields, pair.base.at, pair.head.at)
  const b = pair.base.items
  const h = pair.head.items
  const path = `${pair.path}[]`
  if (b && h) diffField(ctx, { path, base: b, head: h })
  else if (b) removed(ctx, path, b, pair.head.at)
  else if (h) added(ctx, path, h, pair.base.at)
}

function removed(ctx: DiffContext, path: string, field: Field, headParent: JsonPath): void {
  report(ctx, 'field-removed', { path, old: field.type?.value, baseAt: field.at, headAt: headParent })
}

function added(ctx: DiffContext, path: string, field: Field, baseParent: JsonPath): void {
  const rule = asFlag(field.required?.value) ? 'field-added-required' : 'field-added'
  report(ctx, rule, { path, new: field.type?.value, baseAt: baseParent, headAt: field.at })
}
