import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  exampleBaseline,
  higherIsBetterByName,
  isNumericString,
  metricNumber
} from '../../../src/checks/values/metric.js'
import { runs } from '../../helpers/fuzz.js'

describe('higherIsBetterByName', () => {
  it.each([
    'accuracy',
    'roc_auc',
    'f1',
    'BLEU',
    'recall@10',
    'exact_match',
    'precision_at_1pct_fpr',
    'recall_at_fpr_0.1',
    'tpr@fpr=1e-3',
    'precisionAt1pctFpr',
    'f1_macro_error_classes',
    'top1_accuracy',
    'custom_uplift'
  ])('%s is higher-is-better', (name) => {
    expect(higherIsBetterByName(name)).toBe(true)
  })

  it.each([
    'loss',
    'log_loss',
    'val-loss',
    'RMSE',
    'mse',
    'mae',
    'mape',
    'perplexity',
    'p95 latency',
    'wer',
    'cer',
    'error rate',
    'top1_error',
    'logloss',
    'false_positive_rate',
    'fpr_at_95_recall',
    'valLoss',
    'mean_absolute_error',
    'inference_time_ms'
  ])('%s is lower-is-better', (name) => {
    expect(higherIsBetterByName(name)).toBe(false)
  })
})

describe('metricNumber and isNumericString', () => {
  it('takes only finite numbers', () => {
    expect([metricNumber(0.5), metricNumber(0), metricNumber('0.5'), metricNumber(Number.NaN)]).toEqual([
      0.5,
      0,
      undefined,
      undefined
    ])
  })

  it.each([
    ['0.91', true],
    [' 12 ', true],
    ['-1e-3', true],
    ['.5', true],
    ['high', false],
    ['', false],
    [0.5, false]
  ])('%p reads as a number: %p', (value, numeric) => {
    expect(isNumericString(value)).toBe(numeric)
  })
})

describe('exampleBaseline', () => {
  it.each([
    [0.912, true, 0.821],
    [0.95, true, 0.855],
    [100, true, 90],
    [-2, true, -2.2],
    [8.5, false, 9.35],
    [0.31, false, 0.341],
    [1, false, 1.1],
    [0, false, 0.1],
    [0, true, -0.1],
    [123456, true, 111000],
    [undefined, true, 0.87],
    [undefined, false, 0.87]
  ])('value %p, higher is better %p: %p', (value, higher, expected) => {
    expect(exampleBaseline(value, higher)).toBe(expected)
  })

  it('the value always beats its example baseline, in either direction', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        (value, higher) => {
          const example = exampleBaseline(value, higher)
          expect(higher ? value > example : value < example).toBe(true)
        }
      ),
      { numRuns: runs(500) }
    )
  })
})
