// A DCS field's `$ref`: the field now takes its shape from another definition. The referenced type is already
// the field's type (compared by the type rules); the rest of the definition is not on the model, so a changed
// reference cannot be proven safe.
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { sameValue } from './values.js'

export function referenceRules(ctx: DiffContext, pair: FieldPair): void {
  const ref = attribute(pair, 'ref')
  if (!sameValue(ref.old, ref.new)) report(ctx, 'ref-changed', ref.site)
}
