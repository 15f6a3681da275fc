import type { Dependent } from './core/links/types.js'
/** A path into a parsed document: mapping keys and sequence indexes, as JSON Pointer segments are. */
export type JsonPath = readonly (string | number)[]

/** 1-based line and column in the file as it is on disk (front matter included). */
export interface Position {
  line: number
  column: number
}

export type Severity = 'error' | 'warning' | 'notice'
export type ConfiguredSeverity = Severity | 'off'
export type Status = 'missing' | 'invalid'
export type FileKind = 'contract' | 'model-card' | 'unknown'

export type Standard =
  | 'odcs'
  | 'dcs'
  | 'handoff-contract'
  | 'handoff-model-card'
  | 'huggingface'
  | 'model-card-toolkit'
  | 'unknown'

export interface Finding {
  /** Handoff item id, e.g. `contract.owner`. */
  item: string
  severity: Severity
  status: Status
  message: string
  /** Repository-relative path with `/` separators. */
  path: string
  line: number
  column: number
  /** Set when a `/handoff-waive` covers this finding: it is still shown, but no longer fails the check. */
  waived?: Waiver
  /**
   * Set when the file was compared with its version at a base (the Action, `--changed-since`): `new` when the base
   * version did not have this finding, `pre-existing` when it did (src/core/origin.ts says how they are matched).
   */
  origin?: Origin
  /**
   * Set on the one finding that stands for the findings of its item beyond those listed for the file
   * (src/core/bound.ts): how many it stands for. It sits at the first hidden one's position.
   */
  more?: number
}

export type Origin = 'new' | 'pre-existing'

/** Which open findings fail the check: `all` (the handoff is complete), or only those not `pre-existing`. */
export type Gate = 'all' | 'new'

/** A maintainer's recorded decision to accept a finding. `path` undefined waives the item in every file. */
export interface Waiver {
  item: string
  path?: string
  by: string
  reason: string
  /** Where the waiver was given (a comment URL), for the audit trail. */
  url?: string
}

export interface FileReport {
  path: string
  kind: FileKind
  standard: Standard
  /** The standard's own version as the file declares it (`v3.1.0`, `1.2.1`, …), when it does. */
  standardVersion?: string
  findings: Finding[]
  /** For a contract compared with its base version: what changed (see src/diff/). */
  changes?: ContractChanges
  /**
   * For a changed or removed contract, when the adapter looked: the model cards of the repository that depend on it
   * and how the change meets each (src/core/links/).
   */
  downstream?: Dependent[]
}

export type ChangeLevel = 'error' | 'warning' | 'info'

/** One classified difference between two versions of a contract. */
export interface Change {
  /** Kebab-case id of the rule that found it: `field-removed`, `type-changed`, `enum-narrowed`, … */
  rule: string
  level: ChangeLevel
  /** Where in the contract: `model`, `model.field`, `model.field.attribute` (nested fields joined by `.`). */
  path: string
  old?: unknown
  new?: unknown
  message: string
  /** Line in the head file (for a removal: the line of the parent that remains); undefined when the head is gone. */
  line?: number
  /** Line in the base file. */
  baseLine?: number
}

export interface ContractChanges {
  /** The base file's path when it differs (a rename, or a removed file paired with an added one by contract id). */
  basePath?: string
  /**
   * Set when the two versions are written in different standards (a DCS file migrated to ODCS): each side's standard
   * and version as reports name them, `DCS 1.2.1` → `ODCS v3.1.0`. The changes are then compared by meaning.
   */
  migration?: { from: string; to: string }
  baseVersion?: string
  headVersion?: string
  /** Whether both versions parse as semver and how the head moved: `major`, `minor`, `patch`, `none`, `backwards`, or `not-comparable`. */
  bump: 'major' | 'minor' | 'patch' | 'prerelease' | 'none' | 'backwards' | 'not-comparable'
  changes: Change[]
  /** `breaking` when any change is an error, `compatible` when there are changes, `unchanged` otherwise. */
  verdict: 'breaking' | 'compatible' | 'unchanged'
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  notices: number
  /** Findings covered by a waiver; not counted in errors, warnings or notices. */
  waived: number
  /**
   * Open findings marked `pre-existing` (of any severity; also counted in errors, warnings and notices). Present
   * when any finding carries an origin mark.
   */
  preExisting?: number
}

export interface Report {
  version: 1
  result: 'pass' | 'fail'
  files: FileReport[]
  summary: Summary
  /**
   * Set when the adapter could not see every changed file (a pull request too large to compare): the check is
   * incomplete, so it fails whatever the files say.
   */
  incomplete?: string
  /** Set when the policy's `gate` is `new`: pre-existing findings do not fail the check. */
  gate?: 'new'
}

/** A file handed to the engine: where it came from and its text. Reading it is the adapter's job. */
export interface SourceFile {
  path: string
  text: string
  /** Named by the user (CLI argument) rather than discovered: an unrecognised file is then reported, not skipped. */
  explicit?: boolean
  /**
   * The adapter did not read the file and says why (too large, a symbolic link, a submodule, binary): the engine
   * reports it as a `file.parse` finding instead of parsing `text` (which is then empty).
   */
  unreadable?: Unreadable
  /**
   * Files read with this one that its standard keeps beside it: a Hugging Face card's `.eval_results/*.yaml`
   * (src/formats/eval-results.ts). The adapter finds and reads them; the engine parses them for the mapper.
   */
  companions?: SourceFile[]
}

/** Why a file was not read: a `file.parse` message id and its data (see src/core/limits.ts). */
export interface Unreadable {
  messageId: 'tooLarge' | 'binary' | 'notAFile'
  data: Record<string, string>
}
