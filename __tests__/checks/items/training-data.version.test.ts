import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, loc, withStandard } from '../builders.js'

const td = (version: unknown) =>
  cardDoc({
    trainingData: {
      anchor: ['trainingData'],
      location: loc('s3://x/', 'trainingData', 'location'),
      version: loc(version, 'trainingData', 'version')
    }
  })

describe('training-data.version', () => {
  it.each(['2026-10-01', '1.4.0', '9f1c2e7', 3])('accepts the pinned version %p', (v) => {
    expect(check('training-data.version', td(v))).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`trainingData.version: "2026-10-01"`'],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.trainingData.version: "2026-10-01"` in the front matter, or a `revision` to a `model-index` or `.eval_results/` result on a dataset listed under `datasets`'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"version": "2026-10-01"` to the training set in `model_parameters.data`'
    ]
  ] as const)('says what to add in %s when the version is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ trainingData: { anchor: ['trainingData'] } }), standard)
    expect(check('training-data.version', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['trainingData'],
        message: `No training data version: add ${where} (a date, semver, commit SHA or revision).`
      }
    ])
  })

  it.each(['latest', 'Main', 'master', 'HEAD', 'current', '*', ''])(
    'reports the floating version %p',
    (v) => {
      expect(check('training-data.version', td(v))).toEqual([
        {
          messageId: 'floating',
          data: { value: v },
          status: 'invalid',
          at: ['trainingData', 'version'],
          message: `Training data version "${v}" is not pinned: it moves. Use a date, semver, commit SHA or dataset revision.`
        }
      ])
    }
  )

  it.each([
    [['1', '2'], 'a list'],
    [null, 'null'],
    [true, 'true']
  ] as const)('reports %p as not one version', (value, quoted) => {
    expect(check('training-data.version', td(value))).toEqual([
      {
        messageId: 'notScalar',
        data: { value: quoted },
        status: 'invalid',
        at: ['trainingData', 'version'],
        message: `Training data version is ${quoted}: write one version as a string, e.g. "2026-10-01".`
      }
    ])
  })
})
