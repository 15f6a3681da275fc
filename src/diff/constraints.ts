// Numeric and length bounds, pattern and format. A bound added or moved inwards rejects values that were valid.
import { attribute, report } from './context.js'
import type { AttributeKey, DiffContext, FieldPair } from './context.js'
import { sameValue } from './values.js'

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
  const o = orderable(a.old)
  const n = orderable(a.new)
  if ((a.old !== undefined && o === undefined) || (a.new !== undefined && n === undefined)) {
    report(ctx, 'constraint-changed', a.site)
  } else if (o === undefined) report(ctx, 'constraint-tightened', a.site)
  else if (n === undefined) report(ctx, 'constraint-loosened', a.site)
  // A number against a date, or a date-only bound against a timestamp, has no order that can be proven.
  else if (o.kind !== n.kind) report(ctx, 'constraint-changed', a.site)
  else if (o.at === n.at) return
  else
    report(
      ctx,
      (side === 'lower' ? n.at > o.at : n.at < o.at) ? 'constraint-tightened' : 'constraint-loosened',
      a.site
    )
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * A bound as a point on a line: a finite number, or an ISO 8601 date or timestamp (ODCS bounds of `date` and
 * `timestamp` properties). A timestamp without a zone is read as UTC, so the order never depends on the machine.
 */
export function orderable(v: unknown): { kind: 'number' | 'date' | 'timestamp'; at: number } | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', at: v } : undefined
  if (typeof v !== 'string') return undefined
  const text = v.trim()
  if (ISO_DATE.test(text)) return finite('date', Date.parse(`${text}T00:00:00Z`))
  const ts = ISO_TIMESTAMP.exec(text)
  if (!ts) return undefined
  const iso = text.replace(' ', 'T')
  return finite('timestamp', Date.parse(ts[1] ? iso : `${iso}Z`))
}

function finite(kind: 'date' | 'timestamp', at: number) {
  return Number.isFinite(at) ? { kind, at } : undefined
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
