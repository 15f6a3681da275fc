import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, signal, withStandard } from '../builders.js'

const monitored = (threshold: unknown) =>
  cardDoc({ monitoring: { anchor: ['monitoring'], latency: signal('latency', threshold) } })

describe('monitoring.latency', () => {
  it.each([0.2, '0.2', '85%', '80ms', '80 ms', 'psi > 0.2', 'accuracy < 85%', 'p95 >= 80 ms'])(
    'accepts the threshold %p',
    (threshold) => {
      expect(check('monitoring.latency', monitored(threshold))).toEqual([])
    }
  )

  it.each([
    ['handoff-model-card', 'missingNative', '`monitoring.latency: { metric: p95, threshold: 80ms }`'],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.monitoring.latency: { metric: p95, threshold: 80ms }` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"handoff": { "monitoring": { "latency": { "metric": "p95", "threshold": "80ms" } } }`'
    ]
  ] as const)('says what to add in %s when the signal is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ monitoring: { anchor: ['monitoring'] } }), standard)
    expect(check('monitoring.latency', doc)).toEqual([
      { messageId, status: 'missing', at: ['monitoring'], message: `No latency monitoring: add ${where}.` }
    ])
  })

  it('reports a signal without a threshold as missing, at the signal', () => {
    expect(check('monitoring.latency', monitored(undefined))).toEqual([
      {
        messageId: 'noThreshold',
        status: 'missing',
        at: ['monitoring', 'latency'],
        message:
          'The latency monitoring names no threshold: add `threshold:` (a number, a percentage or a number with a unit), e.g. { metric: p95, threshold: 80ms }.'
      }
    ])
  })

  it.each([
    ['weekly review', 'weekly review'],
    [true, 'true'],
    [{ max: 1 }, 'a mapping']
  ] as const)('reports the threshold %p, quoting it', (threshold, quoted) => {
    expect(check('monitoring.latency', monitored(threshold))).toEqual([
      {
        messageId: 'invalid',
        data: { value: quoted },
        status: 'invalid',
        at: ['monitoring', 'latency', 'threshold'],
        message: `The latency monitoring threshold "${quoted}" is not a number, percentage, number with a unit or comparison such as \`psi > 0.2\`.`
      }
    ])
  })
})
