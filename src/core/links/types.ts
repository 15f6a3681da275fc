// The links between model cards and the contracts they depend on, as plain data: the index crosses to worker threads
// (CheckContext) and lands in the JSON report, so it holds strings and numbers only.

/** A contract of the repository, as a link can name it: by its path or by its `id`. */
export interface ContractEntry {
  path: string
  id?: string
  name?: string
  /** The contract's own version as written (a number is kept as its text). */
  version?: string
}

export type LinkRole = 'training' | 'serving'

/** One `contract` (+ `contractVersion`) a card names: `trainingData` or one of `serving.inputs[]`. */
export interface CardLink {
  role: LinkRole
  /** The contract as the card names it: a repository path or a contract id. */
  contract: string
  /** The semver range the model was built against, as written. */
  range?: string
  /** The line of the `contract` key in the card. */
  line: number
}

/** A model card of the repository, with who answers for it and what it links to. */
export interface CardEntry {
  path: string
  name?: string
  /** `model.owner`: the owners the card names. */
  owners: string[]
  /** `ownership.drift`: who fixes drift. */
  driftOwners: string[]
  links: CardLink[]
}

/** One index of the repository's links: every contract and every card that names one. */
export interface LinksIndex {
  contracts: ContractEntry[]
  cards: CardEntry[]
}

/**
 * How a change of a contract meets a card that depends on it. `ok`: the range holds (or there is none) and nothing
 * breaks; otherwise why the card is broken.
 */
export type Impact = 'ok' | 'breaking-change' | 'removed' | 'outside-range' | 'not-semver' | 'bad-range'

/** A model card that depends on one contract, as the downstream view lists it. */
export interface Dependent {
  card: string
  model?: string
  owners: string[]
  driftOwners: string[]
  role: LinkRole
  /** The range the card expects, when it names one. */
  expects?: string
  line: number
  impact: Impact
  /**
   * Set by the pull-request guard (./guard.ts) on a dependent the change breaks: `updated` when the same change
   * updates the card's link (its range, or the link itself), `open` when it does not (a contract.downstream finding).
   */
  guard?: 'updated' | 'open'
  /** Set when the same change edits or adds this card: its owners are then the change's words, never mentioned. */
  inChange?: true
}
