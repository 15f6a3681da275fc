import type { ResolvedConfig } from './types.js'

/** `limits.maxFileBytes` by default: 1 MiB, far above any contract or model card, far below what a parse can afford. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024

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
    gate: 'all',
    paths: {
      contracts: ['**/*.{yaml,yml,json}'],
      modelCards: ['**/*.{md,markdown,yaml,yml}'],
      ignore: ['**/node_modules/**', '**/.git/**', '.github/workflows/**', '**/dist/**']
    },
    items: {},
    artifact: { formats: [...DEFAULT_ARTIFACT_FORMATS] },
    freshness: { max: undefined },
    limits: { maxFileBytes: DEFAULT_MAX_FILE_BYTES },
    owners: { codeowners: false, require: 'name' },
    impact: { mention: false }
  }
}
