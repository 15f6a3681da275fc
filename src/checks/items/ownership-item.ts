// ownership.drift and ownership.rollback: the same rule for two questions (who fixes drift, who rolls back).
import type { ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { expandOwners, OWNER_MESSAGES, ownerReports } from '../owner-reports.js'

export function ownershipItem(
  key: 'drift' | 'rollback',
  texts: { title: string; description: string; help: string; duty: string; example: string }
): ModelCardItem {
  return {
    id: `ownership.${key}`,
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: texts.title,
    description: texts.description,
    help: texts.help,
    example: `ownership: { ${key}: "${texts.example}" }`,
    messages: {
      ...cardMissingMessages(`No one named ${texts.duty}: add {{where}} (a GitHub user, team or email).`, {
        native: `\`ownership.${key}: "${texts.example}"\``,
        huggingface: `\`handoff.ownership.${key}: "${texts.example}"\` in the front matter`,
        mct: `\`"handoff": { "ownership": { "${key}": "${texts.example}" } }\``
      }),
      ...OWNER_MESSAGES,
      ...STANDARD_ISSUE
    },
    check(doc, ctx) {
      const value = doc.ownership[key]
      if (value === undefined || expandOwners([value]).length === 0) {
        return [{ messageId: cardMissingId(doc), status: 'missing', at: value?.at ?? doc.ownership.anchor }]
      }
      return ownerReports([value], ctx)
    }
  }
}
