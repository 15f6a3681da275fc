import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, loc, withStandard } from '../builders.js'

const serving = (value: unknown) =>
  cardDoc({ serving: { anchor: ['serving'], throughput: loc(value, 'serving', 'throughput') } })

describe('serving.throughput', () => {
  it.each([
    '200 rps',
    '12000 rpm',
    '500 req/s',
    '40 requests per second',
    '10/min',
    { value: 200, unit: 'qps' }
  ])('accepts %p', (value) => {
    expect(check('serving.throughput', serving(value))).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`serving.throughput: 200 rps`'],
    ['huggingface', 'missingHuggingface', '`handoff.serving.throughput: 200 rps` in the front matter'],
    ['model-card-toolkit', 'missingMct', '`"handoff": { "serving": { "throughput": "200 rps" } }`']
  ] as const)('says what to add in %s when the target is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ serving: { anchor: ['handoff', 'serving'] } }), standard)
    expect(check('serving.throughput', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['handoff', 'serving'],
        message: `No throughput target: add ${where}.`
      }
    ])
  })

  it.each([
    ['lots', 'lots'],
    [200, '200'],
    ['200 rpz', '200 rpz'],
    [{ value: 'many', unit: 'rps' }, 'a mapping']
  ] as const)('reports %p, quoting it', (value, quoted) => {
    expect(check('serving.throughput', serving(value))).toEqual([
      {
        messageId: 'invalid',
        data: { value: quoted },
        status: 'invalid',
        at: ['serving', 'throughput'],
        message: `Throughput target "${quoted}" is not a number with a rate unit: write e.g. \`200 rps\`, \`12000 rpm\`, \`500 req/s\` or \`{ value: 200, unit: rps }\`.`
      }
    ])
  })
})
