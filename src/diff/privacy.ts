// PII flag and classification: not a change of the data, but of how consumers must handle it.
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { asFlag, sameValue } from './values.js'

export function privacyRules(ctx: DiffContext, pair: FieldPair): void {
  const pii = attribute(pair, 'pii')
  if (asFlag(pii.old) !== asFlag(pii.new)) report(ctx, 'pii-changed', pii.site)
  const classification = attribute(pair, 'classification')
  if (!sameValue(classification.old, classification.new)) {
    report(ctx, 'classification-changed', classification.site)
  }
}
