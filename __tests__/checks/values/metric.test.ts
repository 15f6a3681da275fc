import { describe, expect, it } from '@jest/globals'
import { higherIsBetterByName, isNumericString, metricNumber } from '../../../src/checks/values/metric.js'

describe('higherIsBetterByName', () => {
  it.each(['accuracy', 'roc_auc', 'f1', 'BLEU', 'recall@10', 'exact_match'])(
    '%s is higher-is-better',
    (name) => {
      expect(higherIsBetterByName(name)).toBe(true)
    }
  )

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
    'logloss'
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
