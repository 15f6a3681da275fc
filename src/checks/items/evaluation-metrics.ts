import type { ItemReport, ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { isNumericString, metricNumber } from '../values/metric.js'
import { quote } from '../values/quote.js'

export const evaluationMetrics: ModelCardItem = {
  id: 'evaluation.metrics',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Evaluation metrics are reported',
  description: 'The model card reports at least one evaluation metric, each with a name and a numeric value.',
  help: 'Report how the model scored: each metric with its name and value as a plain number.',
  example: 'evaluation: { metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }] }',
  messages: {
    ...cardMissingMessages('No evaluation metrics: add {{where}}.', {
      native: '`evaluation.metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }]`',
      huggingface:
        '`model-index` results with `metrics: [{ type: accuracy, value: 0.91 }]`, or `handoff.evaluation.metrics` in the front matter',
      mct: '`"quantitative_analysis": { "performance_metrics": [{ "type": "accuracy", "value": 0.91 }] }`'
    }),
    empty: 'The metrics list is empty: add at least one metric with its name and value.',
    unnamed: 'A metric has no name: name it (e.g. `accuracy`, `roc_auc`).',
    noValue: 'Metric "{{name}}" has no value: add `value:` with the score as a number.',
    numericString:
      'Metric "{{name}}" has the value "{{value}}" as text: write it as a number, without quotes.',
    notNumber: 'Metric "{{name}}" has the value {{value}}, which is not a number.',
    ...STANDARD_ISSUE
  },
  check(doc) {
    const metrics = doc.evaluation.metrics
    if (metrics === undefined) {
      return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.evaluation.anchor }]
    }
    if (metrics.value.length === 0) return [{ messageId: 'empty', status: 'invalid', at: metrics.at }]
    const reports: ItemReport[] = []
    metrics.value.forEach((metric, i) => {
      const name = metricName(metric.name?.value, i)
      if (name.anonymous)
        reports.push({ messageId: 'unnamed', status: 'invalid', at: metric.name?.at ?? metric.at })
      const data = { name: name.text }
      if (metric.value === undefined) {
        reports.push({ messageId: 'noValue', data, status: 'missing', at: metric.at })
      } else if (metricNumber(metric.value.value) === undefined) {
        const raw = metric.value.value
        const messageId = isNumericString(raw) ? 'numericString' : 'notNumber'
        reports.push({
          messageId,
          data: { ...data, value: quote(raw) },
          status: 'invalid',
          at: metric.value.at
        })
      }
    })
    return reports
  }
}

/** The metric's name for messages; an unnamed metric is called by its position (`metric 2`). */
export function metricName(value: unknown, index: number): { text: string; anonymous: boolean } {
  if (typeof value === 'string' && value.trim() !== '') return { text: value.trim(), anonymous: false }
  return { text: `metric ${index + 1}`, anonymous: true }
}
