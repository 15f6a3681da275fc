import type { ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { expandOwners, OWNER_MESSAGES, ownerReports } from '../owner-reports.js'

export const modelOwner: ModelCardItem = {
  id: 'model.owner',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Model card names its owner',
  description:
    "The model card names at least one owner: a team's name, or one a pull request can notify (a GitHub user, team or email).",
  help: 'Name the team that answers for this model: a GitHub user (`@alice`), team (`@acme/ml-platform`) or email.',
  example: 'owner: "@acme/ml-platform"',
  messages: {
    ...cardMissingMessages('No owner: add {{where}} (a GitHub user, team or email).', {
      native: '`owner: "@acme/ml-platform"`',
      huggingface: '`handoff.owner: "@acme/ml-platform"` in the front matter',
      mct: '`"model_details": { "owners": [{ "name": "ML platform", "contact": "@acme/ml-platform" }] }`'
    }),
    ...OWNER_MESSAGES,
    ...STANDARD_ISSUE
  },
  check(doc, ctx) {
    if (expandOwners(doc.owners).length === 0) {
      return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.ownerAnchor }]
    }
    return ownerReports(doc.owners, ctx)
  }
}
