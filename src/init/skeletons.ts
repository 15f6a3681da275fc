// The skeletons `handoff-check init` writes: one per standard, each with every handoff item in place and a comment
// saying what it means. What the author must choose is left empty ("", [] or {}), never a placeholder that passes,
// so the checks report each value until it is filled; every skeleton is valid against its standard's JSON Schema.
import { CONTRACTS } from './contract.js'
import { HUGGINGFACE_CARD, MODEL_CARD_ITEMS } from './model-card.js'

export type ContractStandard = 'odcs' | 'dcs' | 'native'
export type ModelCardFormat = 'native' | 'huggingface'

export type InitTarget =
  | { kind: 'contract'; standard: ContractStandard; id: string }
  | { kind: 'model-card'; format: ModelCardFormat; name: string }

export interface Skeleton {
  /** What the file is, for the confirmation line: "an ODCS v3.1.0 contract". */
  label: string
  /** The file name when none is given, from the id's or name's last segment. */
  fileName(base: string): string
  /** The file's text; `value` is the id or name, written as a YAML double-quoted string. */
  text(value: string): string
}

export const CONTRACT_STANDARDS: readonly ContractStandard[] = ['odcs', 'dcs', 'native']
export const MODEL_CARD_FORMATS: readonly ModelCardFormat[] = ['native', 'huggingface']

const MODEL_CARDS: Record<ModelCardFormat, Skeleton> = {
  native: MODEL_CARD_ITEMS,
  huggingface: HUGGINGFACE_CARD
}

export function skeletonFor(target: InitTarget): Skeleton {
  return target.kind === 'contract' ? CONTRACTS[target.standard] : MODEL_CARDS[target.format]
}
