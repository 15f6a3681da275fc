// A link names a contract by its repository path or by its id. A path wins over an id; an id two contracts share
// names neither (the card must use a path).
import type { CardLink, ContractEntry } from './types.js'

export type Resolution =
  { kind: 'found'; contract: ContractEntry } | { kind: 'none' } | { kind: 'ambiguous'; paths: string[] }

/** `./contracts/a.yaml` and `/contracts/a.yaml` are the repository path `contracts/a.yaml`. */
export function normaliseRef(ref: string): string {
  return ref.trim().replace(/^(?:\.\/|\/)+/, '')
}

export function resolveContract(contracts: readonly ContractEntry[], ref: string): Resolution {
  const wanted = normaliseRef(ref)
  const byPath = contracts.find((c) => c.path === wanted)
  if (byPath) return { kind: 'found', contract: byPath }
  const byId = contracts.filter((c) => c.id !== undefined && c.id === ref.trim())
  if (byId.length === 1) return { kind: 'found', contract: byId[0] }
  if (byId.length > 1) return { kind: 'ambiguous', paths: byId.map((c) => c.path).sort() }
  return { kind: 'none' }
}

/** Whether a link names this contract: one of its paths (a renamed contract's old path too) or its id. */
export function linksTo(link: CardLink, target: { paths: readonly string[]; id?: string }): boolean {
  const ref = normaliseRef(link.contract)
  return target.paths.includes(ref) || (target.id !== undefined && link.contract.trim() === target.id)
}
