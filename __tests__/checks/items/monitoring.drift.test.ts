import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, signal, withStandard } from '../builders.js'

const monitored = (threshold: unknown) =>
  cardDoc({ monitoring: { anchor: ['monitoring'], drift: signal('drift', threshold) } })

describe('monitoring.drift', () => {
  it.each([0.2, '0.2', '85%', '80ms', '80 ms', 'psi > 0.2', 'accuracy < 85%', 'p95 >= 80 ms'])(
    'accepts the threshold %p',
    (threshold) => {
      expect(check('monitoring.drift', monitored(threshold))).toEqual([])
    }
  )

  it.each([
    ['handoff-model-card', 'missingNative', '`monitoring.drift: { metric: psi, threshold: 0.2 }`'],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.monitoring.drift: { metric: psi, threshold: 0.2 }` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"handoff": { "monitoring": { "drift": { "metric": "psi", "threshold": 0.2 } } }`'
    ]
  ] as const)('says what to add in %s when the signal is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ monitoring: { anchor: ['monitoring'] } }), standard)
    expect(check('monitoring.drift', doc)).toEqual([
      { messageId, status: 'missing', at: ['monitoring'], message: `No drift monitoring: add ${where}.` }
    ])
  })

  it('reports a signal without a threshold as missing, at the signal', () => {
    expect(check('monitoring.drift', monitored(undefined))).toEqual([
      {
        messageId: 'noThreshold',
        status: 'missing',
        at: ['monitoring', 'drift'],
        message:
          'The drift monitoring names no threshold: add `threshold:` (a number, a percentage or a number with a unit), e.g. { metric: psi, threshold: 0.2 }.'
      }
    ])
  })

  it.each([
    ['weekly review', 'weekly review'],
    [true, 'true'],
    [{ max: 1 }, 'a mapping']
  ] as const)('reports the threshold %p, quoting it', (threshold, quoted) => {
    expect(check('monitoring.drift', monitored(threshold))).toEqual([
      {
        messageId: 'invalid',
        data: { value: quoted },
        status: 'invalid',
        at: ['monitoring', 'drift', 'threshold'],
        message: `The drift monitoring threshold "${quoted}" is not a number, percentage, number with a unit or comparison such as \`psi > 0.2\`.`
      }
    ])
  })
})
