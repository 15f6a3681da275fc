// Enums compared as sets: any value removed narrows (error), values only added widen (info). Order is no change.
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { sameValue, valueKey } from './values.js'

export function enumRules(ctx: DiffContext, pair: FieldPair): void {
  const a = attribute(pair, 'enum')
  if (sameValue(a.old, a.new)) return
  const o: unknown = a.old
  const n: unknown = a.new
  if ((o !== undefined && !Array.isArray(o)) || (n !== undefined && !Array.isArray(n))) {
    report(ctx, 'constraint-changed', a.site)
    return
  }
  // An enum added where there was none restricts every value; an enum removed allows every value.
  if (o === undefined) return report(ctx, 'enum-narrowed', a.site)
  if (n === undefined) return report(ctx, 'enum-widened', a.site)
  const newKeys = new Set(n.map(valueKey))
  const oldKeys = new Set(o.map(valueKey))
  if ([...oldKeys].some((k) => !newKeys.has(k))) report(ctx, 'enum-narrowed', a.site)
  else if ([...newKeys].some((k) => !oldKeys.has(k))) report(ctx, 'enum-widened', a.site)
}
