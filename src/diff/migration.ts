// A contract rewritten in another standard (a DCS file migrated to ODCS): the two versions are compared by meaning,
// so what only changes with the standard's vocabulary is not a change of the contract.
import type { ContractChanges, Standard } from '../vocabulary.js'
import type { ContractDoc } from '../model/types.js'

/** How a migration names each side's standard: `DCS 1.2.1`, `ODCS v3.1.0`. */
const SHORT_NAMES: Record<Standard, string> = {
  odcs: 'ODCS',
  dcs: 'DCS',
  'handoff-contract': 'handoff-check',
  'handoff-model-card': 'handoff-check',
  huggingface: 'Hugging Face',
  'model-card-toolkit': 'Model Card Toolkit',
  unknown: 'unrecognised'
}

/**
 * The DCS (and native) field types in ODCS's logical vocabulary, as datacontract-cli's ODCS export writes them. A
 * type not listed (ODCS's own, `variant`, `null`) means itself.
 */
const LOGICAL_MEANING: Readonly<Record<string, string>> = {
  text: 'string',
  varchar: 'string',
  int: 'integer',
  long: 'integer',
  bigint: 'integer',
  decimal: 'number',
  numeric: 'number',
  float: 'number',
  double: 'number',
  timestamp_tz: 'timestamp',
  timestamp_ntz: 'timestamp',
  map: 'object',
  record: 'object',
  struct: 'object',
  json: 'object',
  bytes: 'string'
}

export function migrationOf(base: ContractDoc, head: ContractDoc): ContractChanges['migration'] {
  if (base.standard === head.standard) return undefined
  const label = (doc: ContractDoc) =>
    `${SHORT_NAMES[doc.standard]}${doc.standardVersion ? ` ${doc.standardVersion}` : ''}`
  return { from: label(base), to: label(head) }
}

/** A field type in ODCS's logical vocabulary. */
export function logicalMeaning(type: string): string {
  const t = type.trim().toLowerCase()
  return LOGICAL_MEANING[t] ?? t
}
