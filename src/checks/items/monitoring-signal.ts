// monitoring.drift, monitoring.accuracy and monitoring.latency: a signal someone watches, with a threshold.
import type { ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { quote } from '../values/quote.js'
import { isThreshold } from '../values/units.js'

export function monitoringItem(
  key: 'drift' | 'accuracy' | 'latency',
  texts: { title: string; description: string; help: string; example: string; json: string }
): ModelCardItem {
  return {
    id: `monitoring.${key}`,
    appliesTo: 'model-card',
    defaultSeverity: 'error',
    title: texts.title,
    description: texts.description,
    help: texts.help,
    example: `monitoring: { ${key}: ${texts.example} }`,
    messages: {
      ...cardMissingMessages(`No ${key} monitoring: add {{where}}.`, {
        native: `\`monitoring.${key}: ${texts.example}\``,
        huggingface: `\`handoff.monitoring.${key}: ${texts.example}\` in the front matter`,
        mct: `\`"handoff": { "monitoring": { "${key}": ${texts.json} } }\``
      }),
      noThreshold: `The ${key} monitoring names no threshold: add \`threshold:\` (a number, a percentage or a number with a unit), e.g. ${texts.example}.`,
      invalid: `The ${key} monitoring threshold "{{value}}" is not a number, percentage, number with a unit or comparison such as \`psi > 0.2\`.`,
      ...STANDARD_ISSUE
    },
    check(doc) {
      const signal = doc.monitoring[key]
      if (signal === undefined) {
        return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.monitoring.anchor }]
      }
      if (signal.threshold === undefined)
        return [{ messageId: 'noThreshold', status: 'missing', at: signal.at }]
      if (isThreshold(signal.threshold.value)) return []
      return [
        {
          messageId: 'invalid',
          data: { value: quote(signal.threshold.value) },
          status: 'invalid',
          at: signal.threshold.at
        }
      ]
    }
  }
}
