import { describe, expect, it } from '@jest/globals'
import type { Metric } from '../../../src/model/types.js'
import { cardDoc, check, loc, metric, withStandard } from '../builders.js'

const withMetrics = (...metrics: Metric[]) =>
  cardDoc({ evaluation: { anchor: ['evaluation'], metrics: loc(metrics, 'evaluation', 'metrics') } })
const M = ['evaluation', 'metrics'] as const

describe('evaluation.metrics', () => {
  it('accepts named metrics with numeric values', () => {
    expect(check('evaluation.metrics', withMetrics(metric('f1', 0.8, 0.7), metric('loss', 0, 1, 1)))).toEqual(
      []
    )
  })

  it.each([
    [
      'handoff-model-card',
      'missingNative',
      '`evaluation.metrics: [{ name: roc_auc, value: 0.91, baseline: 0.87 }]`'
    ],
    [
      'huggingface',
      'missingHuggingface',
      '`model-index` results with `metrics: [{ type: accuracy, value: 0.91 }]`, or `handoff.evaluation.metrics` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"quantitative_analysis": { "performance_metrics": [{ "type": "accuracy", "value": 0.91 }] }`'
    ]
  ] as const)('says what to add in %s when there are no metrics', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ evaluation: { anchor: ['evaluation'] } }), standard)
    expect(check('evaluation.metrics', doc)).toEqual([
      { messageId, status: 'missing', at: ['evaluation'], message: `No evaluation metrics: add ${where}.` }
    ])
  })

  it('reports an empty list', () => {
    expect(check('evaluation.metrics', withMetrics())).toEqual([
      {
        messageId: 'empty',
        status: 'invalid',
        at: [...M],
        message: 'The metrics list is empty: add at least one metric with its name and value.'
      }
    ])
  })

  it('reports an unnamed metric, a missing value, a numeric string and a non-number, each at its path', () => {
    const unnamed: Metric = { ...metric('x', 0.5, 0.4), name: loc('', ...M, 0, 'name') }
    const doc = withMetrics(
      unnamed,
      metric('recall', undefined, 0.5, 1),
      metric('precision', '0.91', 0.5, 2),
      metric('auc', 'high', 0.5, 3)
    )
    expect(check('evaluation.metrics', doc)).toEqual([
      {
        messageId: 'unnamed',
        status: 'invalid',
        at: [...M, 0, 'name'],
        message: 'A metric has no name: name it (e.g. `accuracy`, `roc_auc`).'
      },
      {
        messageId: 'noValue',
        data: { name: 'recall' },
        status: 'missing',
        at: [...M, 1],
        message: 'Metric "recall" has no value: add `value:` with the score as a number.'
      },
      {
        messageId: 'numericString',
        data: { name: 'precision', value: '0.91' },
        status: 'invalid',
        at: [...M, 2, 'value'],
        message: 'Metric "precision" has the value "0.91" as text: write it as a number, without quotes.'
      },
      {
        messageId: 'notNumber',
        data: { name: 'auc', value: 'high' },
        status: 'invalid',
        at: [...M, 3, 'value'],
        message: 'Metric "auc" has the value high, which is not a number.'
      }
    ])
  })

  it('calls a metric without a name by its position and treats NaN as not a number', () => {
    const noName: Metric = {
      at: [...M, 0],
      value: loc(Number.NaN, ...M, 0, 'value'),
      baselineAnchor: [...M, 0]
    }
    expect(
      check('evaluation.metrics', withMetrics(noName)).map((r) => [r.messageId, r.at, r.message])
    ).toEqual([
      ['unnamed', [...M, 0], 'A metric has no name: name it (e.g. `accuracy`, `roc_auc`).'],
      ['notNumber', [...M, 0, 'value'], 'Metric "metric 1" has the value NaN, which is not a number.']
    ])
  })
})
