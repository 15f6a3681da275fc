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
}

export interface FileReport {
  path: string
  kind: FileKind
  standard: Standard
  /** The standard's own version as the file declares it (`v3.1.0`, `1.2.1`, …), when it does. */
  standardVersion?: string
  findings: Finding[]
}

export interface Summary {
  files: number
  errors: number
  warnings: number
  notices: number
}

export interface Report {
  version: 1
  result: 'pass' | 'fail'
  files: FileReport[]
  summary: Summary
}

/** A file handed to the engine: where it came from and its text. Reading it is the adapter's job. */
export interface SourceFile {
  path: string
  text: string
  /** Named by the user (CLI argument) rather than discovered: an unrecognised file is then reported, not skipped. */
  explicit?: boolean
}
