import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, loc, withStandard } from '../builders.js'

const serving = (value: unknown) =>
  cardDoc({ serving: { anchor: ['serving'], latency: loc(value, 'serving', 'latency') } })

describe('serving.latency', () => {
  it.each([
    '50ms',
    'p95 < 50ms',
    'p99.9 <= 1.5 s',
    'mean: 800us',
    { p95: '50ms', p99: '120 ms' },
    { value: 50, unit: 'ms' }
  ])('accepts %p', (value) => {
    expect(check('serving.latency', serving(value))).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`serving.latency: p95 < 50ms`'],
    ['huggingface', 'missingHuggingface', '`handoff.serving.latency: p95 < 50ms` in the front matter'],
    ['model-card-toolkit', 'missingMct', '`"handoff": { "serving": { "latency": "p95 < 50ms" } }`']
  ] as const)('says what to add in %s when the target is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ serving: { anchor: ['handoff', 'serving'] } }), standard)
    expect(check('serving.latency', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['handoff', 'serving'],
        message: `No latency target: add ${where}.`
      }
    ])
  })

  it.each([
    ['fast', 'fast'],
    [50, '50'],
    ['p95 < 50', 'p95 < 50'],
    [{ p95: 50 }, 'a mapping']
  ] as const)('reports %p, quoting it', (value, quoted) => {
    expect(check('serving.latency', serving(value))).toEqual([
      {
        messageId: 'invalid',
        data: { value: quoted },
        status: 'invalid',
        at: ['serving', 'latency'],
        message: `Latency target "${quoted}" is not a number with a time unit: write e.g. \`p95 < 50ms\`, \`{ p95: 50ms }\` or \`{ value: 50, unit: ms }\` (units ns, us, ms, s).`
      }
    ])
  })
})
