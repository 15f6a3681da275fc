// `required` and `unique`: turning either on breaks writers that relied on it being off. An absent flag is false.
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { asFlag } from './values.js'

export function presenceRules(ctx: DiffContext, pair: FieldPair): void {
  const required = attribute(pair, 'required')
  if (asFlag(required.old) !== asFlag(required.new)) {
    report(ctx, asFlag(required.new) ? 'required-tightened' : 'required-loosened', required.site)
  }
  const unique = attribute(pair, 'unique')
  if (asFlag(unique.old) !== asFlag(unique.new)) {
    report(ctx, asFlag(unique.new) ? 'unique-tightened' : 'unique-loosened', unique.site)
  }
}
