import { describe, expect, it } from '@jest/globals'
import {
  ARTIFACT_FORMATS,
  expectedShape,
  normaliseFormat,
  pathFitsFormat
} from '../../../src/checks/values/artifact-format.js'
import { DEFAULT_ARTIFACT_FORMATS } from '../../../src/config/defaults.js'

describe('normaliseFormat', () => {
  it.each([
    ['ONNX', 'onnx'],
    ['TorchScript', 'torchscript'],
    ['sklearn_pickle', 'sklearn-pickle'],
    ['pickle', 'sklearn-pickle'],
    ['sklearn', 'sklearn-pickle'],
    ['joblib', 'sklearn-joblib'],
    ['SavedModel', 'tensorflow-savedmodel'],
    ['tf savedmodel', 'tensorflow-savedmodel'],
    ['tensorflow_savedmodel', 'tensorflow-savedmodel'],
    ['my-format', 'my-format']
  ])('normalises %p to %s', (value, id) => {
    expect(normaliseFormat(value)).toBe(id)
  })

  it.each(['', '  ', 3, null])('rejects %p', (value) => {
    expect(normaliseFormat(value)).toBeUndefined()
  })

  it('knows every default allowed format', () => {
    for (const id of DEFAULT_ARTIFACT_FORMATS) expect(ARTIFACT_FORMATS[id]).toBeDefined()
  })
})

describe('pathFitsFormat', () => {
  it.each([
    ['onnx', 'models/model.onnx', true],
    ['onnx', 'model.ONNX', true],
    ['onnx', 'model.pt', false],
    ['onnx', 'models/onnx', false],
    ['torchscript', 'model.ts', true],
    ['sklearn-joblib', 'model.pkl', false],
    ['tensorflow-savedmodel', 'export/1/', true],
    ['tensorflow-savedmodel', 'export/saved_model.pb', true],
    ['tensorflow-savedmodel', 'model.h5', false],
    ['mlflow', 'mlruns/0/abc/artifacts/model', true],
    ['mlflow', 'model/MLmodel', true],
    ['coreml', 'Model.mlpackage', true],
    ['my-format', 'anything.bin', true]
  ])('%s at %p fits: %p', (format, path, fits) => {
    expect(pathFitsFormat(format, path)).toBe(fits)
  })

  it('describes the expected shape', () => {
    expect(expectedShape('onnx')).toBe('.onnx')
    expect(expectedShape('torchscript')).toBe('.pt, .pth or .ts')
    expect(expectedShape('mlflow')).toBe('a directory or MLmodel')
    expect(expectedShape('my-format')).toBeUndefined()
  })
})
