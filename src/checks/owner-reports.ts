// The owner rule shared by contract.owner, model.owner, ownership.drift and ownership.rollback.
import type { CheckContext, ItemReport } from './item.js'
import type { Located } from '../model/types.js'
import { inCodeowners, ownerKind } from './values/owner.js'
import { quote } from './values/quote.js'

export const OWNER_MESSAGES = {
  badOwner:
    'Owner "{{value}}" is not a GitHub user (`@alice`), team (`@acme/data-platform`) or email (`data@acme.com`).',
  notInCodeowners:
    'Owner "{{value}}" does not appear in CODEOWNERS; add it there or name an owner that does (owners.codeowners is on).'
} as const

/** A list value (`owners: [...]`, `rollback: [a, b]`) counts element by element, each at its own path. */
export function expandOwners(values: readonly Located<unknown>[]): Located<unknown>[] {
  return values.flatMap((o) =>
    Array.isArray(o.value) ? o.value.map((value, i) => ({ value, at: [...o.at, i] })) : [o]
  )
}

/** Reports for each owner that is malformed or, when required, missing from CODEOWNERS. */
export function ownerReports(values: readonly Located<unknown>[], ctx: CheckContext): ItemReport[] {
  const reports: ItemReport[] = []
  const checkCodeowners = ctx.config.owners.codeowners && ctx.codeowners !== undefined
  for (const owner of expandOwners(values)) {
    if (!ownerKind(owner.value)) {
      reports.push({
        messageId: 'badOwner',
        data: { value: quote(owner.value) },
        status: 'invalid',
        at: owner.at
      })
    } else if (checkCodeowners && !inCodeowners(owner.value as string, ctx.codeowners!)) {
      reports.push({
        messageId: 'notInCodeowners',
        data: { value: (owner.value as string).trim() },
        status: 'invalid',
        at: owner.at
      })
    }
  }
  return reports
}
