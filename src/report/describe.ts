// How a file is named in human-readable reports: "ODCS v3.1.0 data contract". Shared by the text renderer; the
// Markdown renderer keeps its own copy of the names for the sticky comment.
import type { FileReport } from '../core/types.js'

export const STANDARD_NAMES: Record<FileReport['standard'], string> = {
  odcs: 'ODCS',
  dcs: 'Data Contract Specification',
  'handoff-contract': 'handoff-check',
  'handoff-model-card': 'handoff-check',
  huggingface: 'Hugging Face',
  'model-card-toolkit': 'Model Card Toolkit',
  unknown: 'unrecognised'
}

export function describeFile(file: FileReport): string {
  const kind = file.kind === 'contract' ? 'data contract' : file.kind === 'model-card' ? 'model card' : 'file'
  const standard = STANDARD_NAMES[file.standard] ?? file.standard
  return `${standard}${file.standardVersion ? ` ${file.standardVersion}` : ''} ${kind}`
}

/** Report paths as every renderer prints them: relative, `/` separators, no leading `./`. */
export function portablePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
