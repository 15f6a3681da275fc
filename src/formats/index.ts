// Every standard handoff-check reads, in the order detection tries them.
import type { Standard } from '../vocabulary.js'
import { dcs } from './dcs.js'
import type { Format } from './format.js'
import { handoffContract } from './handoff-contract.js'
import { handoffModelCard } from './handoff-model-card.js'
import { huggingface } from './huggingface.js'
import { modelCardToolkit } from './model-card-toolkit.js'
import { odcs } from './odcs.js'

export const formats: readonly Format[] = [
  odcs,
  dcs,
  handoffContract,
  handoffModelCard,
  huggingface,
  modelCardToolkit
]

/** The format of a standard; undefined for `unknown`. */
export function formatFor(standard: Standard): Format | undefined {
  return formats.find((f) => f.standard === standard)
}
