import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, context, loc, withStandard } from '../builders.js'

const art = (format: unknown, path?: unknown) =>
  cardDoc({
    artifact: {
      anchor: ['artifact'],
      format: loc(format, 'artifact', 'format'),
      ...(path === undefined ? {} : { path: loc(path, 'artifact', 'path') })
    }
  })

describe('artifact.format', () => {
  it.each([
    ['onnx', 'model.onnx'],
    ['TorchScript', 'model.pt'],
    ['joblib', 'models/model.joblib'],
    ['sklearn_pickle', 'model.PKL'],
    ['SavedModel', 'models/churn/'],
    ['tensorflow savedmodel', 'export/saved_model.pb'],
    ['safetensors', undefined]
  ])('accepts %s at %s', (format, path) => {
    expect(check('artifact.format', art(format, path))).toEqual([])
  })

  it.each([
    [
      'handoff-model-card',
      'missingNative',
      '`artifact.format: onnx` (and `artifact.path: models/model.onnx`)'
    ],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.artifact: { format: safetensors, path: model.safetensors }` in the front matter'
    ],
    [
      'model-card-toolkit',
      'missingMct',
      '`"handoff": { "artifact": { "format": "onnx", "path": "model.onnx" } }`'
    ]
  ] as const)('says what to add in %s when the format is missing', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ artifact: { anchor: ['artifact'] } }), standard)
    expect(check('artifact.format', doc)).toEqual([
      { messageId, status: 'missing', at: ['artifact'], message: `No artifact format: add ${where}.` }
    ])
  })

  it('reports a format that is not a string', () => {
    expect(check('artifact.format', art(3))).toEqual([
      {
        messageId: 'notText',
        data: { value: '3' },
        status: 'invalid',
        at: ['artifact', 'format'],
        message: 'Artifact format is 3: write the format id as a string, e.g. `onnx`.'
      }
    ])
  })

  it('reports a format the configuration does not allow, quoting it and listing the allowed ones', () => {
    const ctx = context({ artifact: { formats: ['onnx', 'Joblib'] } })
    expect(check('artifact.format', art('Pickle', 'model.pkl'), ctx)).toEqual([
      {
        messageId: 'notAllowed',
        data: { value: 'Pickle', allowed: 'onnx, sklearn-joblib' },
        status: 'invalid',
        at: ['artifact', 'format'],
        message:
          'Artifact format "Pickle" is not allowed here; allowed: onnx, sklearn-joblib (artifact.formats in .github/handoff.yml).'
      }
    ])
  })

  it('reports a path whose extension does not fit the format', () => {
    expect(check('artifact.format', art('onnx', 'model.pt'))).toEqual([
      {
        messageId: 'wrongExtension',
        data: { path: 'model.pt', format: 'onnx', expected: '.onnx' },
        status: 'invalid',
        at: ['artifact', 'path'],
        message: 'Artifact path "model.pt" does not fit the format onnx: expected .onnx.'
      }
    ])
    expect(check('artifact.format', art('savedmodel', 'model.h5')).map((r) => r.message)).toEqual([
      'Artifact path "model.h5" does not fit the format tensorflow-savedmodel: expected a directory or saved_model.pb.'
    ])
  })

  it('reports a path that is not a string, and both problems at once', () => {
    const ctx = context({ artifact: { formats: ['onnx'] } })
    expect(
      check('artifact.format', art('keras', ''), ctx).map((r) => [r.messageId, r.at, r.message])
    ).toEqual([
      [
        'notAllowed',
        ['artifact', 'format'],
        'Artifact format "keras" is not allowed here; allowed: onnx (artifact.formats in .github/handoff.yml).'
      ],
      [
        'badPath',
        ['artifact', 'path'],
        'Artifact path is empty: write the path of the model file as a string.'
      ]
    ])
  })
})
