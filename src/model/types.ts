// The one normalised model every standard is mapped into. Checks and the breaking-change diff read only this;
// only the mappers in src/formats/ know the standards' own shapes. Every value keeps `at`, its path in the source
// document, which the engine turns into a line and column once (ParsedSource.locate).
import type { JsonPath, Standard } from '../vocabulary.js'

export interface Located<T> {
  value: T
  at: JsonPath
}

/** A violation of the standard's own JSON Schema (or of a shape rule the mapper enforces), already tied to an item. */
export interface StandardIssue {
  /** The handoff item the issue belongs to: `contract.schema` for the data schema, `file.schema` otherwise, … */
  item: string
  message: string
  at: JsonPath
}

interface DocumentBase {
  standard: Standard
  /** The standard's version as the file declares it (`v3.1.0`, `1.2.1`, …). */
  standardVersion?: string
  /** The root mapping: where a missing top-level key belongs. */
  at: JsonPath
  name?: Located<string>
  issues: StandardIssue[]
}

// ---------------------------------------------------------------- data contracts

export interface ContractDoc extends DocumentBase {
  kind: 'contract'
  id?: Located<string>
  /** The contract's own version (ODCS `version`, DCS `info.version`, native `version`), raw as written. */
  version?: Located<unknown>
  /** Where `version` belongs when it is missing. */
  versionAnchor: JsonPath
  /** Every owner the standard names, raw as written; empty when none. */
  owners: Located<unknown>[]
  ownerAnchor: JsonPath
  /** A top-level `owner:` the standard does not read (ODCS has none), when no owner was found where it reads one. */
  strayOwner?: Located<unknown>
  /** Maximum age of the data. `unit` is set when the standard splits value and unit (ODCS slaProperties). */
  freshness?: { at: JsonPath; value: Located<unknown>; unit?: Located<unknown> }
  freshnessAnchor: JsonPath
  /** Undefined when the contract declares no schema at all; an empty array when it declares an empty one. */
  schema?: Located<SchemaObject[]>
  schemaAnchor: JsonPath
}

/** A table, view, topic, file, … : ODCS `schema[]`, DCS `models`, native `schema`. */
export interface SchemaObject {
  name: string
  at: JsonPath
  /** `table`, `view`, `topic`, … when declared. */
  type?: Located<string>
  description?: Located<string>
  fields: Field[]
  /** The path of the fields container (for a missing-fields finding), or the object itself. */
  fieldsAt: JsonPath
}

export interface Field {
  /** Undefined when the field has no name (an ODCS property without `name`); checks report it. */
  name?: string
  at: JsonPath
  /** The logical type as written (`string`, `integer`, `timestamp`, …). */
  type?: Located<string>
  /** Whether `type` is one the standard allows; set by the mapper, which knows the standard's list. */
  typeValid?: boolean
  physicalType?: Located<string>
  format?: Located<string>
  required?: Located<boolean>
  unique?: Located<boolean>
  primaryKey?: Located<boolean>
  primaryKeyPosition?: Located<number>
  enum?: Located<unknown[]>
  minLength?: Located<number>
  maxLength?: Located<number>
  /** Numeric bounds, or ISO 8601 dates/timestamps as text (ODCS bounds of a `date` or `timestamp`). */
  minimum?: Located<number | string>
  maximum?: Located<number | string>
  exclusiveMinimum?: Located<number | string>
  exclusiveMaximum?: Located<number | string>
  pattern?: Located<string>
  precision?: Located<number>
  scale?: Located<number>
  pii?: Located<boolean>
  classification?: Located<string>
  description?: Located<string>
  tags?: Located<string[]>
  examples?: Located<unknown[]>
  /** The definition a DCS field points at (`$ref: '#/definitions/…'`), as written. */
  ref?: Located<string>
  /** Nested fields of an object/record/struct. */
  fields: Field[]
  /** The element of an array field. */
  items?: Field
}

// ---------------------------------------------------------------- model cards

export interface ModelCardDoc extends DocumentBase {
  kind: 'model-card'
  version?: Located<unknown>
  owners: Located<unknown>[]
  ownerAnchor: JsonPath
  trainingData: {
    anchor: JsonPath
    location?: Located<unknown>
    version?: Located<unknown>
    /** The contract the training data follows: a repository path or a contract `id`, raw as written. */
    contract?: Located<unknown>
    /** The semver range of that contract's versions the model was built against, raw as written. */
    contractVersion?: Located<unknown>
  }
  evaluation: {
    anchor: JsonPath
    /** Undefined when the card declares no metrics at all. */
    metrics?: Located<Metric[]>
  }
  artifact: {
    anchor: JsonPath
    format?: Located<unknown>
    path?: Located<unknown>
  }
  serving: {
    anchor: JsonPath
    latency?: Located<unknown>
    throughput?: Located<unknown>
    /** Data the model reads at inference time (`serving.inputs[]`), each naming the contract it follows. */
    inputs?: ContractLink[]
  }
  monitoring: {
    anchor: JsonPath
    drift?: Signal
    accuracy?: Signal
    latency?: Signal
  }
  ownership: {
    anchor: JsonPath
    drift?: Located<unknown>
    rollback?: Located<unknown>
  }
}

export interface Metric {
  at: JsonPath
  name?: Located<unknown>
  value?: Located<unknown>
  baseline?: Located<unknown>
  /** Where a missing `baseline` is reported: the metric itself (its key is named in the message). */
  baselineAnchor: JsonPath
  /** Explicit direction; when undefined the check infers it from the metric's name (loss, error, rmse… are lower-is-better). */
  higherIsBetter?: boolean
}

/** One `{ contract, contractVersion }` pair: a link from a model card to the contract it depends on. */
export interface ContractLink {
  at: JsonPath
  contract?: Located<unknown>
  contractVersion?: Located<unknown>
}

export interface Signal {
  at: JsonPath
  metric?: Located<unknown>
  threshold?: Located<unknown>
}

export type HandoffDoc = ContractDoc | ModelCardDoc
