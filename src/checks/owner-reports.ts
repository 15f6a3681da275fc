// The owner rule shared by contract.owner, model.owner, ownership.drift and ownership.rollback. Any non-empty name
// is an owner; one a pull request cannot notify is a notice, or invalid under `owners.require: reachable`.
import type { CheckContext, ItemReport } from './item.js'
import type { Located } from '../model/types.js'
import { inCodeowners, isOwnerName, isReachable } from './values/owner.js'
import { quote } from './values/quote.js'

export const OWNER_MESSAGES = {
  badOwner:
    'Owner "{{value}}" is not a name: write the owner as text, a GitHub team (`@acme/data-platform`), user (`@alice`), email (`data@acme.com`) or the team\'s name.',
  unreachable:
    'Owner "{{value}}" cannot be notified from a pull request: it is not a GitHub user (`@alice`), team (`@acme/data-platform`) or email. Name one too, so the owner hears of changes.',
  unreachableRequired:
    'Owner "{{value}}" cannot be notified from a pull request: name a GitHub user (`@alice`), team (`@acme/data-platform`), email, or an owner CODEOWNERS lists (owners.require is reachable).',
  notInCodeowners:
    'Owner "{{value}}" does not appear in CODEOWNERS; add it there or name an owner that does (owners.codeowners is on).'
} as const

/** A list value (`owners: [...]`, `rollback: [a, b]`) counts element by element, each at its own path. */
export function expandOwners(values: readonly Located<unknown>[]): Located<unknown>[] {
  return values.flatMap((o) =>
    Array.isArray(o.value) ? o.value.map((value, i) => ({ value, at: [...o.at, i] })) : [o]
  )
}

/** Reports for each owner that is not a name, cannot be notified, or, when required, is missing from CODEOWNERS. */
export function ownerReports(values: readonly Located<unknown>[], ctx: CheckContext): ItemReport[] {
  const reports: ItemReport[] = []
  const checkCodeowners = ctx.config.owners.codeowners && ctx.codeowners !== undefined
  const requireReachable = ctx.config.owners.require === 'reachable'
  for (const owner of expandOwners(values)) {
    if (!isOwnerName(owner.value)) {
      reports.push({
        messageId: 'badOwner',
        data: { value: quote(owner.value) },
        status: 'invalid',
        at: owner.at
      })
      continue
    }
    const value = owner.value.trim()
    if (checkCodeowners && !inCodeowners(value, ctx.codeowners!)) {
      reports.push({ messageId: 'notInCodeowners', data: { value }, status: 'invalid', at: owner.at })
    } else if (!isReachable(value, ctx.codeowners)) {
      reports.push(
        requireReachable
          ? { messageId: 'unreachableRequired', data: { value }, status: 'invalid', at: owner.at }
          : { messageId: 'unreachable', data: { value }, status: 'invalid', at: owner.at, severity: 'notice' }
      )
    }
  }
  return reports
}
