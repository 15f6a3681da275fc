// Files that call themselves data contracts in a version handoff-check does not read are never skipped silently:
// one `file.standard-version` finding at their `apiVersion` (or `kind`) line says what to do.
import { describe, expect, it } from '@jest/globals'
import { findingsWithMessages, lines, report } from '../helpers/check.js'

const SUPPORTED = 'v3.0.x, v3.1.x and v3.2.x'
const beforeV3 = (version: string) =>
  `ODCS ${version} is not supported: handoff-check reads ODCS ${SUPPORTED}. Migrate this contract to ODCS v3 (https://github.com/bitol-io/open-data-contract-standard), or list it in \`paths.ignore\`.`
const newer = (version: string) =>
  `ODCS ${version} is newer than the versions this handoff-check reads (${SUPPORTED}): upgrade handoff-check, or declare a version it reads.`
const other = (version: string) =>
  `\`kind: DataContract\` with \`apiVersion: ${version}\` is not a standard handoff-check reads: for ODCS write a v3 \`apiVersion\` (\`v3.1.0\`); for another tool's format list the file in \`paths.ignore\`.`

describe('contracts in a standard version handoff-check does not read, discovered', () => {
  it.each([
    [
      'ODCS v2 apiVersion',
      lines('version: 1.1.0', 'kind: DataContract', 'apiVersion: v2.2.2 # standard version', 'uuid: x'),
      3,
      1,
      beforeV3('v2.2.2')
    ],
    [
      'ODCS v2 without apiVersion: on kind',
      lines('version: 1.0.0', 'kind: DataContract', 'uuid: x', 'datasetName: t'),
      2,
      1,
      beforeV3('before v3 (`kind: DataContract` without `apiVersion`)')
    ],
    [
      'ODCS v2 managedDataset: on standardVersion',
      lines('version: "1.0.0"', 'standardVersion: "2.2.0"', 'kind: "managedDataset"'),
      2,
      1,
      beforeV3('2.2.0 (`kind: managedDataset`)')
    ],
    [
      'ODCS managedDataset without a version: on kind',
      lines('kind: managedDataset', 'type: tables'),
      1,
      1,
      beforeV3('v1 (`kind: managedDataset`)')
    ],
    ['ODCS v1', lines('apiVersion: v1.0.0', 'kind: DataContract', 'id: x'), 1, 1, beforeV3('v1.0.0')],
    [
      'ODCS newer than known',
      lines('version: "9.9.9"', 'apiVersion: "v9.9.9"', 'kind: "DataContract"'),
      2,
      1,
      newer('v9.9.9')
    ],
    ['ODCS v3.3', lines('kind: DataContract', 'apiVersion: v3.3.0'), 2, 1, newer('v3.3.0')],
    ['ODCS v4 in JSON', '{\n  "kind": "DataContract",\n  "apiVersion": "v4"\n}\n', 3, 3, newer('v4')],
    [
      'another tool',
      lines('apiVersion: datavow/v1', 'kind: DataContract', 'metadata:', '  name: x'),
      1,
      1,
      other('datavow/v1')
    ],
    ['v3 without the v', lines('apiVersion: 3.1.0', 'kind: DataContract'), 1, 1, other('3.1.0')]
  ])('%s', (_, text, line, column, message) => {
    const path = text.startsWith('{') ? 'c.json' : 'c.yaml'
    expect(findingsWithMessages(path, text)).toEqual([
      ['file.standard-version', 'invalid', 'error', line, column, message]
    ])
  })

  it('reports ODCS versions as ODCS, with the version the file declares, and other tools as unknown', () => {
    const v2 = report('c.yaml', lines('kind: DataContract', 'apiVersion: v2.2.2'))
    expect([v2?.kind, v2?.standard, v2?.standardVersion]).toEqual(['contract', 'odcs', 'v2.2.2'])
    const none = report('c.yaml', lines('kind: DataContract'))
    expect([none?.kind, none?.standard, none?.standardVersion]).toEqual(['contract', 'odcs', undefined])
    const datavow = report('c.yaml', lines('apiVersion: datavow/v1', 'kind: DataContract'))
    expect([datavow?.kind, datavow?.standard, datavow?.standardVersion]).toEqual([
      'unknown',
      'unknown',
      'datavow/v1'
    ])
  })

  it('still skips what does not call itself a data contract', () => {
    expect(report('k.yaml', lines('apiVersion: v1', 'kind: ConfigMap'))).toBeUndefined()
    expect(report('k.yaml', lines('apiVersion: v2.2.2', 'spec:', '  kind: DataContract'))).toBeUndefined()
  })

  it('reports a v2 file that does not parse, instead of skipping it', () => {
    expect(
      findingsWithMessages('c.yaml', lines('kind: DataContract', 'apiVersion: v2.2.2', 'a: [1,')).map((f) =>
        f.slice(0, 5)
      )
    ).toEqual([['file.parse', 'invalid', 'error', 4, 1]])
  })

  it('follows the configured severity; off skips such files again unless named', () => {
    const v2 = lines('kind: DataContract', 'apiVersion: v2.2.2')
    expect(
      findingsWithMessages('c.yaml', v2, { config: { items: { 'file.standard-version': 'warning' } } }).map(
        (f) => f.slice(0, 5)
      )
    ).toEqual([['file.standard-version', 'invalid', 'warning', 2, 1]])
    const off = { config: { items: { 'file.standard-version': 'off' as const } } }
    expect(report('c.yaml', v2, off)).toBeUndefined()
    expect(report('c.yaml', v2, { ...off, explicit: true })?.findings.map((f) => [f.item, f.line])).toEqual([
      ['file.parse', 1]
    ])
  })
})
