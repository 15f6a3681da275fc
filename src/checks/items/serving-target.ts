// serving.latency and serving.throughput: a target the serving team can hold the model to.
import type { ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { quote } from '../values/quote.js'

export function servingItem(
  key: 'latency' | 'throughput',
  texts: { title: string; description: string; help: string; example: string; invalid: string },
  parses: (value: unknown) => boolean
): ModelCardItem {
  return {
    id: `serving.${key}`,
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: texts.title,
    description: texts.description,
    help: texts.help,
    example: `serving: { ${key}: ${texts.example} }`,
    messages: {
      ...cardMissingMessages(`No ${key} target: add {{where}}.`, {
        native: `\`serving.${key}: ${texts.example}\``,
        huggingface: `\`handoff.serving.${key}: ${texts.example}\` in the front matter`,
        mct: `\`"handoff": { "serving": { "${key}": "${texts.example}" } }\``
      }),
      invalid: texts.invalid,
      ...STANDARD_ISSUE
    },
    check(doc) {
      const target = doc.serving[key]
      if (target === undefined)
        return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.serving.anchor }]
      if (parses(target.value)) return []
      return [
        { messageId: 'invalid', data: { value: quote(target.value) }, status: 'invalid', at: target.at }
      ]
    }
  }
}
