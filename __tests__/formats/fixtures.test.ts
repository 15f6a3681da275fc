import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { formats } from '../../src/formats/index.js'
import { fixture, STANDARDS } from './load.js'

// Every public fixture that is a contract or model card, with the standard it must be recognised as. Files not
// listed (schemas, templates, dataset cards, …) must not be recognised at all.
const expected: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(`${STANDARDS}/open-data-contract-standard`)
      .filter((f) => f.endsWith('.odcs.yaml'))
      .map((f) => [`open-data-contract-standard/${f}`, 'odcs'])
  ),
  ...Object.fromEntries(
    readdirSync(`${STANDARDS}/datacontract-cli`)
      .filter((f) => f.endsWith('.odcs.yaml'))
      .map((f) => [`datacontract-cli/${f}`, 'odcs'])
  ),
  ...Object.fromEntries(
    readdirSync(`${STANDARDS}/datacontract-cli`)
      .filter((f) => /datacontract\.yaml$/.test(f))
      .map((f) => [`datacontract-cli/${f}`, 'dcs'])
  ),
  ...Object.fromEntries(
    readdirSync(`${STANDARDS}/datacontract-specification`)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [`datacontract-specification/${f}`, 'dcs'])
  ),
  'huggingface-hub/card__sample_simple.md': 'huggingface',
  'huggingface-hub/card__sample_simple_model_index.md': 'huggingface',
  'huggingface-hub/card__sample_invalid_model_index.md': 'huggingface',
  'huggingface-hub/card__sample_windows_line_breaks.md': 'huggingface',
  'model-card-toolkit/testdata__full.json': 'model-card-toolkit',
  'model-card-toolkit/testdata__considerations.json': 'model-card-toolkit',
  'model-card-toolkit/testdata__cats_vs_dogs_v0_0_1.json': 'model-card-toolkit',
  'model-card-toolkit/testdata__cats_vs_dogs_v0_0_2.json': 'model-card-toolkit'
}

// The intended-invalid files (SOURCES.md) and the exact issues they produce: [item, message, at, line].
const invalid: Record<string, [string, string, (string | number)[], number][]> = {
  'datacontract-cli/lint__invalid.odcs.yaml': [
    ['file.schema', "must have required property 'status'", [], 1]
  ],
  'datacontract-cli/lint__invalid_multiple_errors.odcs.yaml': [
    // `version` is missing too: contract.version reports that itself.
    ['file.schema', "must have required property 'status'", [], 1]
  ],
  'datacontract-cli/lint__invalid_multiple_schema_errors.odcs.yaml': [
    ['contract.schema', 'schema[0].description: must be string', ['schema', 0, 'description'], 10]
  ],
  'datacontract-cli/lint__invalid_datacontract.yaml': [
    ['file.schema', "must have required property 'id'", [], 1]
  ],
  'datacontract-cli/schema-evolution__cities-v2.odcs.yaml': [
    [
      'file.schema',
      "servers[8]: must NOT have unevaluated property 'delimiter'",
      ['servers', 8, 'delimiter'],
      52
    ],
    [
      'file.schema',
      "servers[9]: must NOT have unevaluated property 'delimiter'",
      ['servers', 9, 'delimiter'],
      58
    ],
    [
      'file.schema',
      "servers[10]: must NOT have unevaluated property 'delimiter'",
      ['servers', 10, 'delimiter'],
      64
    ]
  ],
  'datacontract-cli/changelog__unit_v1.odcs.yaml': [
    ['file.schema', "servers[0]: must have required property 'account'", ['servers', 0], 58],
    ['file.schema', "servers[0]: must have required property 'schema'", ['servers', 0], 58],
    [
      'contract.schema',
      "schema[0].properties[3].quality[0]: must have required property 'query'",
      ['schema', 0, 'properties', 3, 'quality', 0],
      50
    ],
    [
      'contract.schema',
      "schema[0].quality[0]: must have required property 'query'",
      ['schema', 0, 'quality', 0],
      32
    ]
  ],
  'huggingface-hub/card__sample_invalid_model_index.md': [
    [
      'file.schema',
      "model-index[0].results[0]: must have required property 'dataset'",
      ['model-index', 0, 'results', 0],
      15
    ]
  ]
}

function allFiles(): string[] {
  return readdirSync(STANDARDS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(`${STANDARDS}/${d.name}`).map((f) => `${d.name}/${f}`))
    .filter((f) => !/(LICENSE|SOURCES\.md|\.txt)$/.test(f))
}

describe('public fixtures', () => {
  it('lists every contract and model card it expects', () => {
    expect(Object.keys(expected)).toHaveLength(64)
  })

  it.each(allFiles())('%s is recognised as the right standard, or not at all', (file) => {
    expect(fixture(file).format?.standard).toBe(expected[file])
  })

  it.each(Object.keys(expected))('%s passes the cheap look of its standard before parsing', (file) => {
    const path = `${STANDARDS}/${file}`
    const format = formats.find((f) => f.standard === expected[file])!
    expect(format.sniff(readFileSync(path, 'utf8'), path)).toBe(true)
  })

  // changelog__unit_v2 is invalid like unit_v1 (SOURCES.md); its issues are pinned below.
  const valid = Object.keys(expected).filter(
    (f) => !(f in invalid) && !f.endsWith('changelog__unit_v2.odcs.yaml')
  )
  it.each(valid)('%s maps with no standard issue', (file) => {
    expect(fixture(file).doc?.issues).toEqual([])
  })

  it.each(Object.keys(invalid))('%s produces exactly its issues, on their lines', (file) => {
    const loaded = fixture(file)
    const issues = loaded.doc?.issues ?? []
    expect(issues.map((i) => [i.item, i.message, i.at, loaded.line(i.at)])).toEqual(invalid[file])
  })

  it('reports the same schema problems in the second changelog unit fixture', () => {
    const loaded = fixture('datacontract-cli/changelog__unit_v2.odcs.yaml')
    expect(loaded.doc?.issues.map((i) => [i.message, loaded.line(i.at)])).toEqual([
      ["servers[0]: must have required property 'account'", 64],
      ["servers[0]: must have required property 'schema'", 64],
      ["schema[0].properties[2].quality[0]: must have required property 'query'", 47],
      ["schema[0].quality[0]: must have required property 'query'", 32]
    ])
  })
})
