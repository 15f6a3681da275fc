import type { ConfiguredSeverity, Gate } from '../vocabulary.js'

export type OwnerRequirement = 'name' | 'reachable'

/** `.github/handoff.yml` after defaults are applied. */
export interface ResolvedConfig {
  /**
   * Which findings fail the check when files are compared with a base (the Action, `--changed-since`): `all`
   * (default: the handoff must be complete) or `new` (findings already in the file at the base do not fail).
   */
  gate: Gate
  paths: {
    /** Globs where contracts live; a file matching none of `contracts`/`modelCards` is still checked when its content is recognised. */
    contracts: string[]
    modelCards: string[]
    ignore: string[]
  }
  /** Severity per item id; items not named keep their default. */
  items: Record<string, ConfiguredSeverity>
  artifact: {
    /** Allowed artifact formats (lower-case ids: onnx, torchscript, sklearn-pickle, …). */
    formats: string[]
  }
  freshness: {
    /** Maximum allowed freshness as an ISO 8601 or `24h`-style duration; undefined means no maximum. */
    max?: string
  }
  limits: {
    /** The largest file read, in bytes; a larger contract or model card is a `file.parse` finding (never read). */
    maxFileBytes: number
  }
  owners: {
    /** Require every owner to appear in CODEOWNERS when the repository has one. */
    codeowners: boolean
    /**
     * `name`: any non-empty name is an owner; one a pull request cannot notify is a notice. `reachable`: such a
     * name is invalid (reachable: a GitHub user or team, an email, or a name CODEOWNERS lists).
     */
    require: OwnerRequirement
  }
  impact: {
    /** @-mention the owners of the model cards a contract change breaks, in the sticky comment's Downstream section. */
    mention: boolean
  }
}
