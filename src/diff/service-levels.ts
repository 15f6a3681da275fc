// Service levels. Freshness is the one the normalised model carries: a larger maximum age is a weaker promise.
import type { ContractDoc } from '../model/types.js'
import { report } from './context.js'
import type { DiffContext } from './context.js'
import { durationSeconds } from './duration.js'
import { sameValue, showValue } from './values.js'

export function serviceLevelRules(ctx: DiffContext, base: ContractDoc, head: ContractDoc): void {
  const b = base.freshness
  const h = head.freshness
  if (!b && !h) return
  const site = {
    path: 'freshness',
    old: written(b),
    new: written(h),
    baseAt: b?.value.at ?? base.freshnessAnchor,
    headAt: h?.value.at ?? head.freshnessAnchor
  }
  if (!h) return report(ctx, 'freshness-loosened', site)
  if (!b) return report(ctx, 'freshness-tightened', site)
  const o = durationSeconds(b.value.value, b.unit?.value)
  const n = durationSeconds(h.value.value, h.unit?.value)
  if (o === undefined || n === undefined) {
    if (!sameValue(site.old, site.new)) report(ctx, 'freshness-changed', site)
  } else if (n > o) report(ctx, 'freshness-loosened', site)
  else if (n < o) report(ctx, 'freshness-tightened', site)
}

/** The promise as written: `24h`, or `1 d` when the standard gives value and unit apart. */
function written(f: ContractDoc['freshness']): unknown {
  if (!f) return undefined
  const unit = f.unit?.value
  return unit === undefined ? f.value.value : `${showValue(f.value.value)} ${showValue(unit)}`
}
