import type { ContractItem } from '../item.js'
import { contractMissingId, contractMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { expandOwners, OWNER_MESSAGES, ownerReports } from '../owner-reports.js'
import { quote } from '../values/quote.js'

export const contractOwner: ContractItem = {
  id: 'contract.owner',
  appliesTo: 'contract',
  defaultSeverity: 'error',
  title: 'Contract names its owner',
  description:
    "The contract names at least one owner: a team's name, or one a pull request can notify (a GitHub user, team or email).",
  help: 'Name the team that answers for this data: a GitHub user (`@alice`), team (`@acme/data-platform`) or email.',
  example: 'owner: "@acme/data-platform"',
  messages: {
    ...contractMissingMessages('No owner: add {{where}} (a GitHub user, team or email).', {
      native: '`owner: "@acme/data-platform"`',
      odcs: 'a top-level `customProperties` entry `{ property: owner, value: "@acme/data-platform" }` or a `team` member with role `owner`',
      dcs: '`info.owner: "@acme/data-platform"`'
    }),
    strayOdcs:
      'No owner where ODCS reads one: ODCS has no top-level `owner`; move "{{value}}" to a top-level `customProperties` entry `{ property: owner, value: "{{value}}" }` or to `team.name`.',
    ...OWNER_MESSAGES,
    ...STANDARD_ISSUE
  },
  check(doc, ctx) {
    if (expandOwners(doc.owners).length === 0) {
      if (doc.strayOwner) {
        const value = quote(doc.strayOwner.value)
        return [{ messageId: 'strayOdcs', data: { value }, status: 'missing', at: doc.strayOwner.at }]
      }
      return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.ownerAnchor }]
    }
    return ownerReports(doc.owners, ctx)
  }
}
