import { describe, expect, it } from '@jest/globals'
import type { Metric } from '../../../src/model/types.js'
import { cardDoc, check, loc, metric, withStandard } from '../builders.js'

const withMetrics = (...metrics: Metric[]) =>
  cardDoc({ evaluation: { anchor: ['evaluation'], metrics: loc(metrics, 'evaluation', 'metrics') } })
const M = ['evaluation', 'metrics'] as const

describe('evaluation.baseline', () => {
  it('accepts metrics that beat their baselines in the right direction', () => {
    const doc = withMetrics(
      metric('roc_auc', 0.91, 0.87),
      metric('log_loss', 0.31, 0.35, 1),
      metric('val_rmse', 2, 3, 2),
      metric('custom', 5, 9, 3, { higherIsBetter: false })
    )
    expect(check('evaluation.baseline', doc)).toEqual([])
  })

  it('says nothing when there are no metrics (evaluation.metrics reports that)', () => {
    expect(check('evaluation.baseline', cardDoc({ evaluation: { anchor: ['evaluation'] } }))).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`baseline: 0.81` to the metric'],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.evaluation.baselines: { accuracy: 0.81 }` in the front matter (or `baseline:` on a `handoff.evaluation.metrics` entry)'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"handoff": { "evaluation": { "baselines": { "accuracy": 0.81 } } }`'
    ]
  ] as const)(
    'says what to add in %s when a baseline is missing, at baselineAnchor, with an example the value beats',
    (standard, messageId, where) => {
      const m: Metric = { ...metric('accuracy', 0.9, undefined), baselineAnchor: ['handoff', 'evaluation'] }
      const doc = withStandard(withMetrics(m), standard)
      expect(check('evaluation.baseline', doc)).toEqual([
        {
          messageId,
          data: { name: 'accuracy', example: 0.81 },
          status: 'missing',
          at: ['handoff', 'evaluation'],
          message: `Metric "accuracy" has no baseline: add ${where}.`
        }
      ])
    }
  )

  it("suggests an example baseline that the metric's value beats, in the metric's direction", () => {
    const doc = withMetrics(
      metric('wer', 8.5, undefined),
      metric('roc_auc', 0.912, undefined, 1),
      metric('log_loss', 0.31, undefined, 2),
      metric('custom', 5, undefined, 3, { higherIsBetter: false }),
      metric('f1', undefined, undefined, 4),
      metric('mae', 0, undefined, 5)
    )
    expect(check('evaluation.baseline', doc).map((r) => r.message)).toEqual([
      'Metric "wer" has no baseline: add `baseline: 9.35` to the metric.',
      'Metric "roc_auc" has no baseline: add `baseline: 0.821` to the metric.',
      'Metric "log_loss" has no baseline: add `baseline: 0.341` to the metric.',
      'Metric "custom" has no baseline: add `baseline: 5.5` to the metric.',
      'Metric "f1" has no baseline: add `baseline: 0.87` to the metric.',
      'Metric "mae" has no baseline: add `baseline: 0.1` to the metric.'
    ])
  })

  it('reports non-numeric baselines with a hint for numeric strings', () => {
    const doc = withMetrics(metric('f1', 0.9, '0.8'), metric('auc', 0.9, [0.8], 1))
    expect(check('evaluation.baseline', doc).map((r) => [r.messageId, r.status, r.at, r.message])).toEqual([
      [
        'numericString',
        'invalid',
        [...M, 0, 'baseline'],
        'Metric "f1" has the baseline "0.8" as text: write it as a number, without quotes.'
      ],
      [
        'notNumber',
        'invalid',
        [...M, 1, 'baseline'],
        'Metric "auc" has the baseline a list, which is not a number.'
      ]
    ])
  })

  it('warns (severity cap) when a metric does not beat its baseline, with both numbers', () => {
    const doc = withMetrics(
      metric('accuracy', 0.85, 0.87),
      metric('word error rate', 0.2, 0.2, 1),
      metric('score', 0.5, 0.4, 2, { higherIsBetter: false })
    )
    expect(check('evaluation.baseline', doc)).toEqual([
      {
        messageId: 'notBetter',
        data: { name: 'accuracy', value: 0.85, baseline: 0.87, direction: 'higher' },
        status: 'invalid',
        at: [...M, 0, 'value'],
        severity: 'warning',
        message: 'Metric "accuracy" is 0.85, which does not beat its baseline 0.87 (higher is better).'
      },
      {
        messageId: 'notBetter',
        data: { name: 'word error rate', value: 0.2, baseline: 0.2, direction: 'lower' },
        status: 'invalid',
        at: [...M, 1, 'value'],
        severity: 'warning',
        message: 'Metric "word error rate" is 0.2, which does not beat its baseline 0.2 (lower is better).'
      },
      {
        messageId: 'notBetter',
        data: { name: 'score', value: 0.5, baseline: 0.4, direction: 'lower' },
        status: 'invalid',
        at: [...M, 2, 'value'],
        severity: 'warning',
        message: 'Metric "score" is 0.5, which does not beat its baseline 0.4 (lower is better).'
      }
    ])
  })

  it('does not compare when the value is not a number (evaluation.metrics reports that)', () => {
    expect(check('evaluation.baseline', withMetrics(metric('f1', 'n/a', 0.5)))).toEqual([])
  })
})
