import type { ItemReport, ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { exampleBaseline, higherIsBetterByName, isNumericString, metricNumber } from '../values/metric.js'
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
    // {{example}} is a baseline the metric's value beats (src/checks/values/metric.ts), e.g. lower for an accuracy.
    ...cardMissingMessages('Metric "{{name}}" has no baseline: add {{where}}.', {
      native: '`baseline: {{example}}` to the metric',
      huggingface:
        '`handoff.evaluation.baselines: { {{name}}: {{example}} }` in the front matter (or `baseline:` on a `handoff.evaluation.metrics` entry)',
      mct: '`"handoff": { "evaluation": { "baselines": { "{{name}}": {{example}} } } }`'
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
    // One baseline can serve several metrics (Hugging Face results per dataset, Model Card Toolkit slices share
    // `baselines.<type>`): the mapper gives them one anchor, and its absence is reported once.
    const missing = new Set<string>()
    metrics.forEach((metric, i) => {
      const name = metricName(metric.name?.value, i).text
      const higher = metric.higherIsBetter ?? higherIsBetterByName(name)
      const value = metricNumber(metric.value?.value)
      if (metric.baseline === undefined) {
        const key = JSON.stringify([metric.baselineAnchor, name])
        if (missing.has(key)) return
        missing.add(key)
        reports.push({
          messageId: cardMissingId(doc),
          data: { name, example: exampleBaseline(value, higher) },
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
      if (value === undefined || !metric.value) return
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
