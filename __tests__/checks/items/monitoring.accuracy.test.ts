import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, signal, withStandard } from '../builders.js'

const monitored = (threshold: unknown) =>
  cardDoc({ monitoring: { anchor: ['monitoring'], accuracy: signal('accuracy', threshold) } })

describe('monitoring.accuracy', () => {
  it.each([0.2, '0.2', '85%', '80ms', '80 ms', 'psi > 0.2', 'accuracy < 85%', 'p95 >= 80 ms'])(
    'accepts the threshold %p',
    (threshold) => {
      expect(check('monitoring.accuracy', monitored(threshold))).toEqual([])
    }
  )

  it.each([
    ['handoff-model-card', 'missingNative', '`monitoring.accuracy: { metric: roc_auc, threshold: 0.85 }`'],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.monitoring.accuracy: { metric: roc_auc, threshold: 0.85 }` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"handoff": { "monitoring": { "accuracy": { "metric": "roc_auc", "threshold": 0.85 } } }`'
    ]
  ] as const)('says what to add in %s when the signal is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ monitoring: { anchor: ['monitoring'] } }), standard)
    expect(check('monitoring.accuracy', doc)).toEqual([
      { messageId, status: 'missing', at: ['monitoring'], message: `No accuracy monitoring: add ${where}.` }
    ])
  })

  it('reports a signal without a threshold as missing, at the signal', () => {
    expect(check('monitoring.accuracy', monitored(undefined))).toEqual([
      {
        messageId: 'noThreshold',
        status: 'missing',
        at: ['monitoring', 'accuracy'],
        message:
          'The accuracy monitoring names no threshold: add `threshold:` (a number, a percentage or a number with a unit), e.g. { metric: roc_auc, threshold: 0.85 }.'
      }
    ])
  })

  it.each([
    ['weekly review', 'weekly review'],
    [true, 'true'],
    [{ max: 1 }, 'a mapping']
  ] as const)('reports the threshold %p, quoting it', (threshold, quoted) => {
    expect(check('monitoring.accuracy', monitored(threshold))).toEqual([
      {
        messageId: 'invalid',
        data: { value: quoted },
        status: 'invalid',
        at: ['monitoring', 'accuracy', 'threshold'],
        message: `The accuracy monitoring threshold "${quoted}" is not a number, percentage, number with a unit or comparison such as \`psi > 0.2\`.`
      }
    ])
  })
})
