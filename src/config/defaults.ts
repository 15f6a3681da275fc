import type { ResolvedConfig } from './types.js'

export const DEFAULT_ARTIFACT_FORMATS = [
  'onnx',
  'torchscript',
  'sklearn-pickle',
  'sklearn-joblib',
  'safetensors',
  'tensorflow-savedmodel'
]

export function defaultConfig(): ResolvedConfig {
  return {
    paths: {
      contracts: ['**/*.{yaml,yml,json}'],
      modelCards: ['**/*.{md,markdown,yaml,yml}'],
      ignore: ['**/node_modules/**', '**/.git/**', '.github/workflows/**', '**/dist/**']
    },
    items: {},
    artifact: { formats: [...DEFAULT_ARTIFACT_FORMATS] },
    freshness: { max: undefined },
    owners: { codeowners: false }
  }
}
