// The contract skeletons: ODCS v3.1.0, the Data Contract Specification 1.2.1 and handoff-check's own format.
import type { ContractStandard, Skeleton } from './skeletons.js'
import { header, lines, yamlString } from './text.js'

const SCHEMA_URL =
  'https://raw.githubusercontent.com/handoff-check/handoff-check/v1/schemas/handoff-contract.schema.json'

const VERSION =
  '# contract.version: the semantic version of this contract; raise the major version with each breaking change.'
const OWNER = [
  '# contract.owner: who answers for this data: a GitHub team ("@acme/data-platform"), user ("@alice") or email,',
  '# so a pull request that changes the contract can notify them.'
]
const SCHEMA = '# contract.schema: every table, view or topic, with each field named and typed. For example:'
/** A table as DCS `models` and the native `schema` both write it, as comment lines under `indent`. */
const tableExample = (indent: string) => [
  `#${indent}orders:`,
  `#${indent}  type: table`,
  `#${indent}  fields:`,
  `#${indent}    order_id: { type: string, required: true, primaryKey: true }`
]
const FRESHNESS =
  'contract.freshness: the most the data may lag behind its source: 30m, 24h, 7d or ISO 8601 (PT24H).'

const odcs: Skeleton = {
  label: 'an ODCS v3.1.0 contract',
  fileName: (base) => `${base}.odcs.yaml`,
  text: (id) =>
    lines(
      ...header('An Open Data Contract Standard v3.1.0 contract'),
      'apiVersion: v3.1.0',
      'kind: DataContract',
      `id: ${yamlString(id)}`,
      VERSION,
      'version: 0.1.0',
      '# The contract stays a draft until its consumers agree to it, then becomes active.',
      'status: draft',
      ...OWNER,
      '# ODCS has no owner field: handoff-check reads this entry (or a `team` member whose role is owner).',
      'customProperties:',
      '  - property: owner',
      '    value: ""',
      SCHEMA,
      '#   - name: orders',
      '#     physicalType: table',
      '#     properties:',
      '#       - { name: order_id, logicalType: string, physicalType: varchar(36), required: true, primaryKey: true }',
      'schema: []',
      '# contract.freshness: the most the data may lag behind its source: a number (`value`) of `unit`s (m, h or d).',
      'slaProperties:',
      '  - property: freshness',
      '    value: ""',
      '    unit: h'
    )
}

const dcs: Skeleton = {
  label: 'a Data Contract Specification 1.2.1 contract',
  fileName: (base) => `${base}.datacontract.yaml`,
  text: (id) =>
    lines(
      ...header('A Data Contract Specification 1.2.1 contract'),
      'dataContractSpecification: 1.2.1',
      `id: ${yamlString(id)}`,
      'info:',
      `  title: ${yamlString(id)}`,
      `  ${VERSION}`,
      '  version: 0.1.0',
      ...OWNER.map((line) => `  ${line}`),
      '  owner: ""',
      `${SCHEMA}`,
      '# (the specification needs at least one model, so `models` is left out until you add one)',
      '# models:',
      ...tableExample('   '),
      'servicelevels:',
      '  freshness:',
      `    # ${FRESHNESS}`,
      '    threshold: ""'
    )
}

const native: Skeleton = {
  label: 'a handoff-check contract',
  fileName: (base) => `${base}.contract.yaml`,
  text: (id) =>
    lines(
      `# yaml-language-server: $schema=${SCHEMA_URL}`,
      ...header('A handoff-check contract'),
      'apiVersion: handoff-check/v1',
      'kind: HandoffContract',
      `id: ${yamlString(id)}`,
      VERSION,
      'version: 0.1.0',
      ...OWNER,
      'owner: ""',
      `# ${FRESHNESS}`,
      'freshness: ""',
      SCHEMA,
      ...tableExample('   '),
      'schema: {}'
    )
}

export const CONTRACTS: Record<ContractStandard, Skeleton> = { odcs, dcs, native }
