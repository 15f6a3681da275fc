// The shape of one handoff item, in the spirit of ESLint's rule modules: self-describing metadata and a check
// that reports a message id, its data and a path. The engine turns paths into lines and ids into text, once.
import type { JsonPath, Severity, Status } from '../vocabulary.js'
import type { ResolvedConfig } from '../config/types.js'
import type { ContractEntry } from '../core/links/types.js'
import type { ContractDoc, ModelCardDoc } from '../model/types.js'

export interface ItemMeta {
  id: string
  appliesTo: 'contract' | 'model-card' | 'file'
  defaultSeverity: Severity
  title: string
  /** What the item checks, one sentence. */
  description: string
  /** What to add or fix; shown in SARIF help and the README. */
  help: string
  /** A one-line example of a valid value, in the native formats' syntax. */
  example: string
  /** Message templates keyed by message id; `{{name}}` placeholders are filled from the report's data. */
  messages: Record<string, string>
}

export interface ItemReport {
  messageId: string
  data?: Record<string, string | number>
  status: Status
  at: JsonPath
  /** A cap below the configured severity (e.g. a metric that does not beat its baseline only warns). */
  severity?: Severity
}

export interface CheckContext {
  config: ResolvedConfig
  /** Owners named in the repository's CODEOWNERS, when the adapter found one. */
  codeowners?: ReadonlySet<string>
  /**
   * The repository's contracts, which a model card's links are resolved against (training-data.contract). Undefined
   * when the adapter has no view of the repository: links are then not resolved.
   */
  contracts?: readonly ContractEntry[]
}

export interface ContractItem extends ItemMeta {
  appliesTo: 'contract'
  check(doc: ContractDoc, ctx: CheckContext): ItemReport[]
}

export interface ModelCardItem extends ItemMeta {
  appliesTo: 'model-card'
  check(doc: ModelCardDoc, ctx: CheckContext): ItemReport[]
}

/** Items the engine itself reports (`file.parse`, `file.schema`); they have metadata but no check. */
export interface FileItem extends ItemMeta {
  appliesTo: 'file'
}

export type HandoffItem = ContractItem | ModelCardItem | FileItem
