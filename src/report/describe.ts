// How a file is named in human-readable reports: "ODCS v3.1.0 data contract", "handoff-check contract
// (handoff-check/v1)". Shared by the text and Markdown renderers so both name files the same way.
import type { ContractChanges, FileReport } from '../vocabulary.js'

export const STANDARD_NAMES: Record<FileReport['standard'], string> = {
  odcs: 'ODCS',
  dcs: 'Data Contract Specification',
  'handoff-contract': 'handoff-check',
  'handoff-model-card': 'handoff-check',
  huggingface: 'Hugging Face',
  'model-card-toolkit': 'Model Card Toolkit',
  unknown: 'unrecognised'
}

const NATIVE: ReadonlySet<FileReport['standard']> = new Set(['handoff-contract', 'handoff-model-card'])

export function describeFile(file: FileReport): string {
  const standard = STANDARD_NAMES[file.standard] ?? file.standard
  // The native formats' version is an apiVersion (`handoff-check/v1`) that already repeats the tool's name.
  if (NATIVE.has(file.standard)) {
    const kind = file.kind === 'contract' ? 'contract' : 'model card'
    return `${standard} ${kind}${file.standardVersion ? ` (${file.standardVersion})` : ''}`
  }
  const kind = file.kind === 'contract' ? 'data contract' : file.kind === 'model-card' ? 'model card' : 'file'
  return `${standard}${file.standardVersion ? ` ${file.standardVersion}` : ''} ${kind}`
}

/** The words every renderer shows for a contract rewritten in another standard (src/diff/migration.ts). */
export function migrationText(migration: NonNullable<ContractChanges['migration']>): string {
  return `migrated from ${migration.from} to ${migration.to}`
}

/** Report paths as every renderer prints them: relative, `/` separators, no leading `./`. */
export function portablePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** A report for a contract the change deletes: only its removal is reported. */
export function isRemoved(file: FileReport): boolean {
  return file.changes?.changes.some((c) => c.rule === 'contract-removed') === true
}

/**
 * Why a file's handoff items (other than those of the file itself) were not checked, when they were not: a removed
 * contract has only its removal reported; a file that did not parse, or is of a version handoff-check does not read,
 * had none of its items checked.
 */
export function uncheckedReason(file: FileReport): 'removed' | 'unread' | undefined {
  if (isRemoved(file)) return 'removed'
  if (file.findings.some((f) => f.item === 'file.parse' || f.item === 'file.standard-version'))
    return 'unread'
  return undefined
}
