import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, loc, withStandard } from '../builders.js'

const td = (location: unknown) =>
  cardDoc({
    trainingData: {
      anchor: ['trainingData'],
      location: loc(location, 'trainingData', 'location'),
      version: loc('1', 'trainingData', 'version')
    }
  })

describe('training-data.location', () => {
  it.each(['s3://bucket/train/', 'data/train.parquet', 'acme/support-tickets'])('accepts %s', (v) => {
    expect(check('training-data.location', td(v))).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`trainingData.location: "s3://acme-ml/churn/training/"`'],
    [
      'huggingface',
      'missingHuggingface',
      '`datasets: [acme/support-tickets]` or `handoff.trainingData.location: "s3://…"` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"model_parameters": { "data": [{ "name": "train", "link": "s3://acme-ml/churn/training/" }] }`'
    ]
  ] as const)('says what to add in %s when the location is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ trainingData: { anchor: ['trainingData'] } }), standard)
    expect(check('training-data.location', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['trainingData'],
        message: `No training data location: add ${where}.`
      }
    ])
  })

  it.each([
    ['  ', 'empty'],
    [42, '42'],
    [{ bucket: 'x' }, 'a mapping'],
    [null, 'null']
  ] as const)('reports %p as not a location', (value, quoted) => {
    expect(check('training-data.location', td(value))).toEqual([
      {
        messageId: 'notText',
        data: { value: quoted },
        status: 'invalid',
        at: ['trainingData', 'location'],
        message: `Training data location is ${quoted}: write a URI, path or dataset id as a string.`
      }
    ])
  })
})
