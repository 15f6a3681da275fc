// The diff of two versions of one contract on the normalised model, so any two standards compare.
import type { Change, JsonPath, Position } from '../vocabulary.js'
import type { ContractDoc } from '../model/types.js'
import type { DiffContext, Locators } from './context.js'
import { contractMetadataRules } from './metadata.js'
import { diffObjects } from './objects.js'
import { ownershipRules } from './ownership.js'
import { changeMessages } from './messages.js'
import { ruleById } from './rules.js'
import { serviceLevelRules } from './service-levels.js'

type ContractRule = (ctx: DiffContext, base: ContractDoc, head: ContractDoc) => void

/** Rules about the contract as a whole (who, how fresh, what it is called). */
const contractRules: readonly ContractRule[] = [contractMetadataRules, ownershipRules, serviceLevelRules]

/** Every classified difference from `base` to `head`, in document order (contract, then objects and fields). */
export function diffContracts(base: ContractDoc, head: ContractDoc, locate: Locators): Change[] {
  const { contract, schema } = diffParts(base, head, locate)
  return [...contract, ...schema]
}

/** The changes split by scope: a schema change (inside objects and fields) is what needs a version increase. */
export function diffParts(
  base: ContractDoc,
  head: ContractDoc,
  locate: Locators
): { contract: Change[]; schema: Change[] } {
  const contract: DiffContext = { locate, changes: [] }
  for (const rule of contractRules) rule(contract, base, head)
  const schema: DiffContext = {
    locate,
    changes: [],
    ...(base.standard !== head.standard ? { migration: true } : {})
  }
  diffObjects(schema, base, head)
  return { contract: contract.changes, schema: schema.changes }
}

/** The one change of a contract file that is gone: reported at the base's root, with no head line. */
export function contractRemoved(base: ContractDoc, locate: { base: (path: JsonPath) => Position }): Change[] {
  const name = base.id?.value ?? base.name?.value
  return [
    {
      rule: 'contract-removed',
      level: ruleById.get('contract-removed')!.level,
      path: typeof name === 'string' && name !== '' ? name : '(contract)',
      message: changeMessages['contract-removed'],
      baseLine: locate.base(base.at).line
    }
  ]
}
