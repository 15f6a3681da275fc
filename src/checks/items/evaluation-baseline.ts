import type { ItemReport, ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { higherIsBetterByName, isNumericString, metricNumber } from '../values/metric.js'
import { quote } from '../values/quote.js'
import { metricName } from './evaluation-metrics.js'

export const evaluationBaseline: ModelCardItem = {
  id: 'evaluation.baseline',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Metrics beat a baseline',
  description:
    'Every metric has a numeric baseline (the model it replaces, or a simple heuristic); a metric that does not beat its baseline only warns.',
  help: 'Give each metric the score of the model it replaces or of a simple heuristic, so reviewers see the gain.',
  example: 'evaluation: { metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }] }',
  messages: {
    ...cardMissingMessages('Metric "{{name}}" has no baseline: add {{where}}.', {
      native: '`baseline: 0.87` to the metric',
      huggingface:
        '`handoff.evaluation.baselines: { {{name}}: 0.87 }` in the front matter (or `baseline:` on a `handoff.evaluation.metrics` entry)',
      mct: '`"handoff": { "evaluation": { "baselines": { "{{name}}": 0.87 } } }`'
    }),
    numericString:
      'Metric "{{name}}" has the baseline "{{value}}" as text: write it as a number, without quotes.',
    notNumber: 'Metric "{{name}}" has the baseline {{value}}, which is not a number.',
    notBetter:
      'Metric "{{name}}" is {{value}}, which does not beat its baseline {{baseline}} ({{direction}} is better).',
    ...STANDARD_ISSUE
  },
  check(doc) {
    const metrics = doc.evaluation.metrics?.value ?? []
    const reports: ItemReport[] = []
    metrics.forEach((metric, i) => {
      const name = metricName(metric.name?.value, i).text
      if (metric.baseline === undefined) {
        reports.push({
          messageId: cardMissingId(doc),
          data: { name },
          status: 'missing',
          at: metric.baselineAnchor
        })
        return
      }
      const baseline = metricNumber(metric.baseline.value)
      if (baseline === undefined) {
        const raw = metric.baseline.value
        reports.push({
          messageId: isNumericString(raw) ? 'numericString' : 'notNumber',
          data: { name, value: quote(raw) },
          status: 'invalid',
          at: metric.baseline.at
        })
        return
      }
      const value = metricNumber(metric.value?.value)
      if (value === undefined || !metric.value) return
      const higher = metric.higherIsBetter ?? higherIsBetterByName(name)
      if (higher ? value > baseline : value < baseline) return
      reports.push({
        messageId: 'notBetter',
        data: { name, value, baseline, direction: higher ? 'higher' : 'lower' },
        status: 'invalid',
        at: metric.value.at,
        severity: 'warning'
      })
    })
    return reports
  }
}
