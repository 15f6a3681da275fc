// Numeric and length bounds, pattern and format. A bound added or moved inwards rejects values that were valid.
import { attribute, report } from './context.js'
import type { AttributeKey, DiffContext, FieldPair } from './context.js'
import { asNumber, sameValue } from './values.js'

/** Bounds whose raising tightens. */
const LOWER: readonly AttributeKey[] = ['minimum', 'exclusiveMinimum', 'minLength']
/** Bounds whose lowering tightens; precision and scale limit digits, so fewer digits is tighter too. */
const UPPER: readonly AttributeKey[] = ['maximum', 'exclusiveMaximum', 'maxLength', 'precision', 'scale']

export function constraintRules(ctx: DiffContext, pair: FieldPair): void {
  for (const key of LOWER) bound(ctx, pair, key, 'lower')
  for (const key of UPPER) bound(ctx, pair, key, 'upper')
  pattern(ctx, pair)
  format(ctx, pair)
}

function bound(ctx: DiffContext, pair: FieldPair, key: AttributeKey, side: 'lower' | 'upper'): void {
  const a = attribute(pair, key)
  if (sameValue(a.old, a.new)) return
  const o = asNumber(a.old)
  const n = asNumber(a.new)
  if ((a.old !== undefined && o === undefined) || (a.new !== undefined && n === undefined)) {
    report(ctx, 'constraint-changed', a.site)
  } else if (o === undefined) report(ctx, 'constraint-tightened', a.site)
  else if (n === undefined) report(ctx, 'constraint-loosened', a.site)
  else
    report(ctx, (side === 'lower' ? n > o : n < o) ? 'constraint-tightened' : 'constraint-loosened', a.site)
}

function pattern(ctx: DiffContext, pair: FieldPair): void {
  const a = attribute(pair, 'pattern')
  if (sameValue(a.old, a.new)) return
  if (a.old === undefined) report(ctx, 'constraint-tightened', a.site)
  else if (a.new === undefined) report(ctx, 'constraint-loosened', a.site)
  // Whether one regular expression accepts everything another does is not decidable in general.
  else report(ctx, 'constraint-changed', a.site)
}

function format(ctx: DiffContext, pair: FieldPair): void {
  const a = attribute(pair, 'format')
  const o = typeof a.old === 'string' ? a.old.trim().toLowerCase() : a.old
  const n = typeof a.new === 'string' ? a.new.trim().toLowerCase() : a.new
  if (sameValue(o, n)) return
  report(ctx, n === undefined ? 'constraint-loosened' : 'format-changed', a.site)
}
