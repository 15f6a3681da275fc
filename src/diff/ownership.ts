// Owners compared as a set (GitHub handles and emails are case-insensitive; order means nothing).
import type { ContractDoc } from '../model/types.js'
import { report } from './context.js'
import type { DiffContext } from './context.js'
import { showValue } from './values.js'

export function ownershipRules(ctx: DiffContext, base: ContractDoc, head: ContractDoc): void {
  const key = (v: unknown) => showValue(v).trim().toLowerCase()
  const o = new Set(base.owners.map((owner) => key(owner.value)))
  const n = new Set(head.owners.map((owner) => key(owner.value)))
  if (o.size === n.size && [...o].every((k) => n.has(k))) return
  report(ctx, 'owner-changed', {
    path: 'owner',
    old: ownersValue(base),
    new: ownersValue(head),
    baseAt: base.owners[0]?.at ?? base.ownerAnchor,
    headAt: head.owners[0]?.at ?? head.ownerAnchor
  })
}

function ownersValue(doc: ContractDoc): unknown {
  if (doc.owners.length === 0) return undefined
  return doc.owners.length === 1 ? doc.owners[0].value : doc.owners.map((o) => o.value)
}
