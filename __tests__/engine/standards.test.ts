// Every public example in __tests__/fixtures/standards/ through the engine with the default configuration: the
// exact findings per file as (item, status, line). Each line was checked against the file: a missing key is on its
// mapping (the document's first line, `info:` in DCS, the front matter's first line in Markdown, `{` in JSON), a
// present one on its key. Files that are not ours (dataset cards, templates, JSON Schemas, a changelog) are skipped.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Standard, Status } from '../../src/vocabulary.js'
import { checkAll, findingsWithMessages, report } from '../helpers/check.js'

const ROOT = join('__tests__', 'fixtures', 'standards')
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

type Golden = [item: string, status: Status, line: number][]
type Row = [path: string, standard: Standard, findings: Golden] | [path: string, skipped: undefined]

const summary = (path: string) => {
  const r = report(path, read(path))
  return r && { standard: r.standard, findings: r.findings.map((f) => [f.item, f.status, f.line]) }
}

const GOLDEN: Row[] = [
  [
    'datacontract-cli/breaking-dcs__fields-array-v1.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'invalid', 7]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__fields-array-v2.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'invalid', 7]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__fields-v1.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3],
      ['contract.schema', 'invalid', 12],
      ['contract.schema', 'invalid', 50]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__fields-v2.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3],
      ['contract.schema', 'invalid', 69]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__fields-v3.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3],
      ['contract.schema', 'invalid', 69]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__models-v1.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3],
      ['contract.schema', 'invalid', 11]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__models-v2.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3],
      ['contract.schema', 'invalid', 13],
      ['contract.schema', 'invalid', 18]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__models-v3.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3],
      ['contract.schema', 'invalid', 13],
      ['contract.schema', 'invalid', 18]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__quality-v1.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__quality-v2.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  [
    'datacontract-cli/breaking-dcs__quality-v3.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  ['datacontract-cli/changelog__golden_expected_output.txt', undefined],
  ['datacontract-cli/changelog__integration_v1.odcs.yaml', 'odcs', [['contract.owner', 'missing', 1]]],
  ['datacontract-cli/changelog__integration_v2.odcs.yaml', 'odcs', [['contract.owner', 'missing', 1]]],
  [
    'datacontract-cli/changelog__unit_v1.odcs.yaml',
    'odcs',
    [
      ['contract.schema', 'invalid', 32],
      ['contract.schema', 'invalid', 50],
      ['file.schema', 'invalid', 58],
      ['file.schema', 'invalid', 58],
      ['contract.owner', 'invalid', 85]
    ]
  ],
  [
    'datacontract-cli/changelog__unit_v2.odcs.yaml',
    'odcs',
    [
      ['contract.schema', 'invalid', 32],
      ['contract.schema', 'invalid', 47],
      ['file.schema', 'invalid', 64],
      ['file.schema', 'invalid', 64],
      ['contract.owner', 'invalid', 94]
    ]
  ],
  ['datacontract-cli/example__orders.odcs.yaml', 'odcs', [['contract.owner', 'missing', 1]]],
  [
    'datacontract-cli/example__user_interactions.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'datacontract-cli/lint__invalid.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'missing', 1],
      ['file.schema', 'invalid', 1]
    ]
  ],
  [
    'datacontract-cli/lint__invalid_datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.schema', 'missing', 1],
      ['file.schema', 'invalid', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  [
    'datacontract-cli/lint__invalid_multiple_errors.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'missing', 1],
      ['contract.version', 'missing', 1],
      ['file.schema', 'invalid', 1]
    ]
  ],
  [
    'datacontract-cli/lint__invalid_multiple_schema_errors.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'invalid', 10]
    ]
  ],
  [
    'datacontract-cli/lint__valid-3.1.0.odcs.yaml',
    'odcs',
    [
      ['contract.owner', 'invalid', 208],
      ['contract.freshness', 'missing', 217]
    ]
  ],
  [
    'datacontract-cli/lint__valid.odcs.yaml',
    'odcs',
    [
      ['contract.owner', 'invalid', 201],
      ['contract.freshness', 'missing', 210]
    ]
  ],
  [
    'datacontract-cli/lint__valid_datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.schema', 'missing', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  [
    'datacontract-cli/odcs-3.1.0__init-template.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'missing', 1]
    ]
  ],
  [
    'datacontract-cli/schema-evolution__cities-v1.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'datacontract-cli/schema-evolution__cities-v2.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['file.schema', 'invalid', 52],
      ['file.schema', 'invalid', 58],
      ['file.schema', 'invalid', 64]
    ]
  ],
  [
    'datacontract-cli/schema-evolution__cities-v3.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  ['datacontract-specification/dcs-1.1.0__datacontract.schema.json', undefined],
  ['datacontract-specification/dcs-1.2.1__datacontract.schema.json', undefined],
  ['datacontract-specification/dcs-1.2.1__definition.schema.json', undefined],
  [
    'datacontract-specification/dcs-1.2.1__init-template.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.schema', 'missing', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  [
    'datacontract-specification/example__covid-cases.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 3]
    ]
  ],
  [
    'datacontract-specification/example__muellimperium.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'invalid', 8]
    ]
  ],
  [
    'datacontract-specification/example__orders-latest-nested.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'invalid', 10]
    ]
  ],
  [
    'datacontract-specification/example__orders-latest.datacontract.yaml',
    'dcs',
    [['contract.owner', 'invalid', 10]]
  ],
  [
    'datacontract-specification/example__time-example.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'invalid', 9]
    ]
  ],
  [
    'datacontract-specification/example__variant-json-example.datacontract.yaml',
    'dcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'invalid', 9]
    ]
  ],
  ['huggingface-hub/card__sample_datasetcard_simple.md', undefined],
  ['huggingface-hub/card__sample_datasetcard_template.md', undefined],
  ['huggingface-hub/card__sample_invalid_card_data.md', undefined],
  [
    'huggingface-hub/card__sample_invalid_model_index.md',
    'huggingface',
    [
      ['artifact.format', 'missing', 2],
      ['model.owner', 'missing', 2],
      ['monitoring.accuracy', 'missing', 2],
      ['monitoring.drift', 'missing', 2],
      ['monitoring.latency', 'missing', 2],
      ['ownership.drift', 'missing', 2],
      ['ownership.rollback', 'missing', 2],
      ['serving.latency', 'missing', 2],
      ['serving.throughput', 'missing', 2],
      ['training-data.version', 'missing', 2],
      ['file.schema', 'invalid', 15],
      ['evaluation.baseline', 'missing', 18]
    ]
  ],
  ['huggingface-hub/card__sample_no_metadata.md', undefined],
  [
    'huggingface-hub/card__sample_simple.md',
    'huggingface',
    [
      ['artifact.format', 'missing', 2],
      ['evaluation.metrics', 'missing', 2],
      ['model.owner', 'missing', 2],
      ['monitoring.accuracy', 'missing', 2],
      ['monitoring.drift', 'missing', 2],
      ['monitoring.latency', 'missing', 2],
      ['ownership.drift', 'missing', 2],
      ['ownership.rollback', 'missing', 2],
      ['serving.latency', 'missing', 2],
      ['serving.throughput', 'missing', 2],
      ['training-data.version', 'missing', 2]
    ]
  ],
  [
    'huggingface-hub/card__sample_simple_model_index.md',
    'huggingface',
    [
      ['artifact.format', 'missing', 2],
      ['model.owner', 'missing', 2],
      ['monitoring.accuracy', 'missing', 2],
      ['monitoring.drift', 'missing', 2],
      ['monitoring.latency', 'missing', 2],
      ['ownership.drift', 'missing', 2],
      ['ownership.rollback', 'missing', 2],
      ['serving.latency', 'missing', 2],
      ['serving.throughput', 'missing', 2],
      ['evaluation.baseline', 'missing', 21],
      ['evaluation.baseline', 'missing', 34]
    ]
  ],
  ['huggingface-hub/card__sample_template.md', undefined],
  [
    'huggingface-hub/card__sample_windows_line_breaks.md',
    'huggingface',
    [
      ['artifact.format', 'missing', 2],
      ['evaluation.metrics', 'missing', 2],
      ['model.owner', 'missing', 2],
      ['monitoring.accuracy', 'missing', 2],
      ['monitoring.drift', 'missing', 2],
      ['monitoring.latency', 'missing', 2],
      ['ownership.drift', 'missing', 2],
      ['ownership.rollback', 'missing', 2],
      ['serving.latency', 'missing', 2],
      ['serving.throughput', 'missing', 2],
      ['training-data.location', 'missing', 2],
      ['training-data.version', 'missing', 2]
    ]
  ],
  ['huggingface-hub/template__datasetcard_template.md', undefined],
  ['huggingface-hub/template__modelcard_template.md', undefined],
  ['huggingface-hub-docs/spec__datasetcard-metadata.md', undefined],
  ['huggingface-hub-docs/spec__eval_results.yaml', undefined],
  ['huggingface-hub-docs/spec__modelcard-metadata.md', undefined],
  ['model-card-toolkit/mct-0.0.1__model_card.schema.json', undefined],
  ['model-card-toolkit/mct-0.0.2__model_card.schema.json', undefined],
  [
    'model-card-toolkit/testdata__cats_vs_dogs_v0_0_1.json',
    'model-card-toolkit',
    [
      ['artifact.format', 'missing', 1],
      ['monitoring.accuracy', 'missing', 1],
      ['monitoring.drift', 'missing', 1],
      ['monitoring.latency', 'missing', 1],
      ['ownership.drift', 'missing', 1],
      ['ownership.rollback', 'missing', 1],
      ['serving.latency', 'missing', 1],
      ['serving.throughput', 'missing', 1],
      ['training-data.location', 'missing', 25],
      ['training-data.version', 'missing', 25],
      ['evaluation.baseline', 'missing', 43]
    ]
  ],
  [
    'model-card-toolkit/testdata__considerations.json',
    'model-card-toolkit',
    [
      ['artifact.format', 'missing', 1],
      ['evaluation.metrics', 'missing', 1],
      ['monitoring.accuracy', 'missing', 1],
      ['monitoring.drift', 'missing', 1],
      ['monitoring.latency', 'missing', 1],
      ['ownership.drift', 'missing', 1],
      ['ownership.rollback', 'missing', 1],
      ['serving.latency', 'missing', 1],
      ['serving.throughput', 'missing', 1],
      ['training-data.version', 'missing', 26]
    ]
  ],
  // v3.2.0, against its own schema: its property enums and `map` logical type are valid (no contract.schema finding).
  [
    'open-data-contract-standard/example-v3.2-dev__schema__enum.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 4],
      ['contract.owner', 'missing', 4]
    ]
  ],
  [
    'open-data-contract-standard/example-v3.2-dev__schema__map.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 4],
      ['contract.owner', 'missing', 4]
    ]
  ],
  [
    'open-data-contract-standard/example-v3.2-dev__schema__measures-and-dimensions.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 4],
      ['contract.owner', 'missing', 4]
    ]
  ],
  [
    'open-data-contract-standard/example-v3.2-dev__team__team.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 4],
      ['contract.owner', 'invalid', 26]
    ]
  ],
  [
    'open-data-contract-standard/example__all__full-example.odcs.yaml',
    'odcs',
    [['contract.owner', 'invalid', 243]]
  ],
  [
    'open-data-contract-standard/example__data-types__all-data-types.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__fundamentals__table-column-description.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__quality__column-accuracy.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__quality__column-completeness.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__quality__column-custom.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__quality__column-validity.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__roles__service-and-operational-roles.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'invalid', 7]
    ]
  ],
  [
    'open-data-contract-standard/example__schema__all-schema-types.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__schema__kafka-schema.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__schema__kafka-schemaregistry.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'invalid', 8]
    ]
  ],
  [
    'open-data-contract-standard/example__schema__table-column.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__schema__table-columns-with-partition.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__server__azure-server.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'missing', 1]
    ]
  ],
  [
    'open-data-contract-standard/example__server__kafka-server.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'invalid', 7]
    ]
  ],
  [
    'open-data-contract-standard/example__sla__database-table-sla.odcs.yaml',
    'odcs',
    [
      ['contract.owner', 'missing', 1],
      ['contract.schema', 'invalid', 8]
    ]
  ],
  [
    'open-data-contract-standard/example__stakeholders__basic-four-dpo.odcs.yaml',
    'odcs',
    [
      ['contract.freshness', 'missing', 1],
      ['contract.schema', 'invalid', 8],
      ['contract.owner', 'invalid', 10]
    ]
  ],
  ['open-data-contract-standard/odcs-json-schema-v3.0.2-strict.json', undefined],
  ['open-data-contract-standard/odcs-json-schema-v3.0.2.json', undefined],
  ['open-data-contract-standard/odcs-json-schema-v3.1.0.json', undefined],
  ['open-data-contract-standard/odcs-json-schema-v3.2.0-dev.json', undefined]
]

describe("the standards' own examples, default configuration", () => {
  // A rest parameter: jest would take a third named parameter of a two-element row for a `done` callback.
  it.each(GOLDEN)('%s', (...[path, standard, findings]: Row) => {
    expect(summary(path)).toEqual(standard === undefined ? undefined : { standard, findings })
  })
})

// Model Card Toolkit 0.0.2 types `performance_metrics[].value` as a string (0.0.1: number or string), so a numeric
// string is the standard's way to write a score and is not reported as "a number written as text". Their train sets
// have no `link` and bare names ("Training Set", "data name"), which are no location: missing, on the set.
describe('Model Card Toolkit 0.0.2 string metric values', () => {
  const MCT: Row[] = [
    [
      'model-card-toolkit/testdata__cats_vs_dogs_v0_0_2.json',
      'model-card-toolkit',
      [
        ['artifact.format', 'missing', 1],
        ['monitoring.accuracy', 'missing', 1],
        ['monitoring.drift', 'missing', 1],
        ['monitoring.latency', 'missing', 1],
        ['ownership.drift', 'missing', 1],
        ['ownership.rollback', 'missing', 1],
        ['serving.latency', 'missing', 1],
        ['serving.throughput', 'missing', 1],
        ['training-data.location', 'missing', 27],
        ['training-data.version', 'missing', 27],
        ['evaluation.baseline', 'missing', 47]
      ]
    ],
    [
      'model-card-toolkit/testdata__full.json',
      'model-card-toolkit',
      [
        ['artifact.format', 'missing', 1],
        ['monitoring.accuracy', 'missing', 1],
        ['monitoring.drift', 'missing', 1],
        ['monitoring.latency', 'missing', 1],
        ['ownership.drift', 'missing', 1],
        ['ownership.rollback', 'missing', 1],
        ['serving.latency', 'missing', 1],
        ['serving.throughput', 'missing', 1],
        ['training-data.location', 'missing', 29],
        ['training-data.version', 'missing', 29],
        ['evaluation.baseline', 'missing', 51]
      ]
    ]
  ]
  it.each(MCT)('%s', (...[path, standard, findings]: Row) => {
    expect(summary(path)).toEqual({ standard, findings })
  })
})

const UNRECOGNISED =
  'Not a data contract or model card handoff-check recognises: expected ODCS v3 (`kind: DataContract`), Data Contract Specification (`dataContractSpecification:`), a handoff-check contract (`kind: HandoffContract`) or model card (`kind: ModelCard`), a Hugging Face model card (Markdown front matter with a model card key such as `model-index:` or `library_name:`) or a Model Card Toolkit card (a .json file with `"model_details"`).'

describe('files that are not ours, named explicitly: file.parse with the reason', () => {
  const explicit = (path: string) =>
    findingsWithMessages(path, read(path), { explicit: true }).map(
      ([item, status, , line, column, message]) => [item, status, line, column, message]
    )

  it.each([
    // On the front matter's first line (the file's line 2).
    ['huggingface-hub/card__sample_datasetcard_simple.md', 2],
    ['huggingface-hub/card__sample_invalid_card_data.md', 2],
    ['open-data-contract-standard/odcs-json-schema-v3.1.0.json', 1],
    ['datacontract-cli/changelog__golden_expected_output.txt', 1]
  ])('%s is not recognised (line %d)', (path, line) => {
    expect(explicit(path)).toEqual([['file.parse', 'invalid', line, 1, UNRECOGNISED]])
  })

  it('a Markdown file without front matter says so', () => {
    expect(explicit('huggingface-hub/card__sample_no_metadata.md')).toEqual([
      [
        'file.parse',
        'invalid',
        1,
        1,
        'No YAML front matter found: a Markdown model card starts with a `---` line, its metadata, and a closing `---` line.'
      ]
    ])
  })

  const template = (placeholder: string) =>
    `An unrendered template, not a data contract or model card: "${placeholder}" is filled in only when it is rendered (Jinja, Helm, the Hub's card template). Check the rendered file instead, or list the template in \`paths.ignore\`.`

  it.each([
    // The card template parses (`{{ card_data }}` is a flow mapping) but is no card: said so at the placeholder.
    ['huggingface-hub/template__modelcard_template.md', 4, 1, '{{ card_data }}'],
    ['huggingface-hub-docs/spec__eval_results.yaml', 4, 14, '{task_id}'],
    // The Hub's metadata spec, whose `{arg_1}: {value_1}` placeholders are not YAML: one finding, not a parse error.
    ['huggingface-hub-docs/spec__modelcard-metadata.md', 4, 3, '{lang_0}']
  ])('%s is an unrendered template (line %d, column %d)', (path, line, column, placeholder) => {
    expect(explicit(path)).toEqual([['file.parse', 'invalid', line, column, template(placeholder)]])
  })
})

describe('a broken file next to good ones', () => {
  it('is reported on its line, the others are still checked, and the result fails', () => {
    const good = 'datacontract-specification/example__orders-latest.datacontract.yaml'
    const card = 'huggingface-hub/card__sample_simple_model_index.md'
    // The file's own `id:` repeated on a new last line: a duplicate key, on that line.
    const original = read('datacontract-cli/example__orders.odcs.yaml')
    const broken = `${original}id: again\n`
    const report = checkAll([
      { path: 'contracts/broken.odcs.yaml', text: broken },
      { path: good, text: read(good) },
      { path: card, text: read(card) },
      { path: 'schemas/odcs.json', text: read('open-data-contract-standard/odcs-json-schema-v3.1.0.json') }
    ])
    expect(report.result).toBe('fail')
    expect(report.files.map((f) => [f.path, f.standard, f.findings.length])).toEqual([
      ['contracts/broken.odcs.yaml', 'odcs', 1],
      [good, 'dcs', 1],
      [card, 'huggingface', 11]
    ])
    const line = original.split('\n').length
    expect(report.files[0].findings.map((f) => [f.item, f.line, f.column, f.message])).toEqual([
      [
        'file.parse',
        line,
        1,
        'The file cannot be parsed: Map keys must be unique. Fix the YAML at this line; the other files are still checked.'
      ]
    ])
  })
})
