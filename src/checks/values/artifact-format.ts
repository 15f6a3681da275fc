// Model artifact formats: one id per format, the aliases people write, and the file extensions that fit.

interface FormatSpec {
  aliases: string[]
  /** Lower-case extensions with the dot. */
  extensions: string[]
  /** File names that fit besides the extensions (`saved_model.pb`). */
  files?: string[]
  /** A directory (a path without an extension) fits too. */
  dir?: boolean
}

export const ARTIFACT_FORMATS: Readonly<Record<string, FormatSpec>> = {
  onnx: { aliases: [], extensions: ['.onnx'] },
  torchscript: { aliases: [], extensions: ['.pt', '.pth', '.ts'] },
  pytorch: { aliases: [], extensions: ['.pt', '.pth', '.bin'] },
  'sklearn-pickle': { aliases: ['pickle', 'sklearn'], extensions: ['.pkl', '.pickle'] },
  'sklearn-joblib': { aliases: ['joblib'], extensions: ['.joblib'] },
  safetensors: { aliases: [], extensions: ['.safetensors'] },
  'tensorflow-savedmodel': {
    aliases: ['savedmodel', 'tf-savedmodel'],
    extensions: [],
    files: ['saved_model.pb'],
    dir: true
  },
  keras: { aliases: [], extensions: ['.keras', '.h5'] },
  tflite: { aliases: [], extensions: ['.tflite'] },
  gguf: { aliases: [], extensions: ['.gguf'] },
  xgboost: { aliases: [], extensions: ['.json', '.ubj', '.model'] },
  lightgbm: { aliases: [], extensions: ['.txt'] },
  pmml: { aliases: [], extensions: ['.pmml'] },
  coreml: { aliases: [], extensions: ['.mlmodel', '.mlpackage'] },
  mlflow: { aliases: [], extensions: [], files: ['MLmodel'], dir: true }
}

const ALIASES = new Map<string, string>(
  Object.entries(ARTIFACT_FORMATS).flatMap(([id, spec]) => spec.aliases.map((a) => [a, id] as const))
)

/** Lower-case, spaces and underscores as `-`, aliases resolved (`TorchScript` → `torchscript`, `joblib` → `sklearn-joblib`). */
export function normaliseFormat(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const id = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  if (!id) return undefined
  return ALIASES.get(id) ?? id
}

/** What a path for the format must look like, for messages (`.pt, .pth or .ts`); undefined for formats not in the table. */
export function expectedShape(format: string): string | undefined {
  const spec = ARTIFACT_FORMATS[format]
  if (!spec) return undefined
  const names = [...spec.extensions, ...(spec.files ?? [])]
  if (spec.dir) names.unshift('a directory')
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

/**
 * Whether the artifact path fits the format: its extension is one of the format's, or, for directory formats,
 * it has no extension or is one of their marker files. True for formats the table does not know.
 */
export function pathFitsFormat(format: string, path: string): boolean {
  const spec = ARTIFACT_FORMATS[format]
  if (!spec) return true
  const trimmed = path.trim().replace(/\/+$/, '')
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1)
  if (spec.files?.includes(base)) return true
  const dot = base.lastIndexOf('.')
  if (dot <= 0) return spec.dir === true
  return spec.extensions.includes(base.slice(dot).toLowerCase())
}
