// A DCS contract replaced by its ODCS migration is one change, compared by meaning: the DCS examples migrated by
// hand (fixtures/migration) show no change, and a real change made during the migration is the only one listed.
import { describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { compareFile } from '../../src/core/compare.js'
import { pairByContractId } from '../../src/core/pairing.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { buildReport } from '../../src/core/engine.js'
import { fakeIO, git, tempRepo, writeTree } from '../cli/helpers.js'
import { DCS_TIME, fixture, migratedTime, ODCS_TIME } from '../helpers/migration.js'

const DCS_COVID = fixture('standards/datacontract-specification/example__covid-cases.datacontract.yaml')
const ODCS_COVID = fixture('migration/covid-cases.odcs.yaml')
const ctx = { config: defaultConfig() }

async function run(root: string, ...argv: string[]) {
  const io = fakeIO(root)
  const code = await main(argv, io)
  return { code, out: io.out.join(''), err: io.err.join('') }
}

describe('diff OLD NEW of a DCS file and its ODCS migration', () => {
  it('says it migrated and lists no change when the contract is the same', async () => {
    const root = tempRepo({ 'time.datacontract.yaml': DCS_TIME, 'time.odcs.yaml': ODCS_TIME })
    const { code, out } = await run(root, 'diff', 'time.datacontract.yaml', 'time.odcs.yaml')
    expect(code).toBe(0)
    expect(out).toBe(
      [
        'time.datacontract.yaml → time.odcs.yaml',
        'migrated from DCS 1.2.1 to ODCS v3.1.0 · version 1.0.0 → 1.0.0 (none) · no changes',
        ''
      ].join('\n')
    )
  })

  it('compares types by meaning: DCS double, int and timestamp_ntz are ODCS number, integer and timestamp', async () => {
    const root = tempRepo({ 'covid.datacontract.yaml': DCS_COVID, 'covid.odcs.yaml': ODCS_COVID })
    const { code, out } = await run(
      root,
      'diff',
      'covid.datacontract.yaml',
      'covid.odcs.yaml',
      '--format',
      'json'
    )
    expect(code).toBe(0)
    const json = JSON.parse(out)
    expect(json.migration).toEqual({ from: 'DCS 0.9.3', to: 'ODCS v3.1.0' })
    expect(json.changes).toEqual([])
    expect(json.verdict).toBe('unchanged')
  })

  it('lists only the real changes of a migration: a field dropped and a type changed on the way', async () => {
    const changed = ODCS_COVID.replace(
      '      - name: combined_key\n        logicalType: string\n        description: county name+state name+country name\n',
      ''
    ).replace(
      'logicalType: integer\n        description: number',
      'logicalType: string\n        description: number'
    )
    const root = tempRepo({ 'covid.datacontract.yaml': DCS_COVID, 'covid.odcs.yaml': changed })
    const { code, out } = await run(root, 'diff', 'covid.datacontract.yaml', 'covid.odcs.yaml')
    expect(code).toBe(1)
    expect(out.split('\n').slice(1, 6)).toEqual([
      'migrated from DCS 0.9.3 to ODCS v3.1.0 · version 0.0.1 → 0.0.1 (none) · 2 breaking, 0 warning, 0 info',
      '',
      '  error  type-changed   covid_cases.confirmed.type  int → string     line 47',
      '  error  field-removed  covid_cases.combined_key    string → (none)  line 19',
      ''
    ])
  })

  it("reads a DCS enum where datacontract-cli's ODCS export writes it, a custom property `enum`", async () => {
    const dcs = DCS_TIME.replace(
      '        primaryKey: true\n        examples:\n          - "loc_001"',
      '        primaryKey: true\n        enum: [loc_001, loc_002]\n        examples:\n          - "loc_001"'
    )
    const odcs = (values: string) =>
      ODCS_TIME.replace(
        '        primaryKey: true\n        examples:\n          - "loc_001"',
        `        primaryKey: true\n        customProperties:\n          - property: enum\n            value: [${values}]\n        examples:\n          - "loc_001"`
      )
    const root = tempRepo({
      'a.yaml': dcs,
      'same.odcs.yaml': odcs('loc_001, loc_002'),
      'less.odcs.yaml': odcs('loc_001')
    })
    expect((await run(root, 'diff', 'a.yaml', 'same.odcs.yaml')).out).toContain('· no changes\n')
    expect((await run(root, 'diff', 'a.yaml', 'less.odcs.yaml')).out).toContain(
      '  error  enum-narrowed  business_hours.location_id.enum  [loc_001, loc_002] → [loc_001]'
    )
  })
})

describe('pairing a removed and an added contract by id', () => {
  const removed = [{ path: 'x.datacontract.yaml', text: DCS_TIME }]
  it('pairs the added file holding the removed contract id', () => {
    const added = [
      { path: 'x.odcs.yaml', text: ODCS_TIME },
      { path: 'other.odcs.yaml', text: ODCS_COVID }
    ]
    expect([...pairByContractId(removed, added, ctx)]).toEqual([['x.odcs.yaml', 'x.datacontract.yaml']])
  })

  it('pairs nothing when two added files hold the id', () => {
    const added = [
      { path: 'a.odcs.yaml', text: ODCS_TIME },
      { path: 'b.odcs.yaml', text: ODCS_TIME }
    ]
    expect(pairByContractId(removed, added, ctx).size).toBe(0)
  })

  it('the pair compares as one change, shown as a migration in the comment', () => {
    const analysis = compareFile({ base: removed[0], head: { path: 'x.odcs.yaml', text: ODCS_TIME } }, ctx)
    expect(analysis?.report.changes).toEqual(migratedTime('x.datacontract.yaml'))
    const markdown = renderMarkdown(buildReport([analysis!.report]))
    expect(markdown).toContain(
      '**Contract changes** (renamed from `x.datacontract.yaml`) (migrated from DCS 1.2.1 to ODCS v3.1.0): Unchanged (version 1.0.0 → 1.0.0, none bump)'
    )
  })
})

describe('--changed-since pairs a deleted DCS file with the ODCS file that replaces it', () => {
  it('reports one migrated contract, not a removal and an addition', async () => {
    const root = tempRepo({ 'contracts/time.datacontract.yaml': DCS_TIME })
    git(root, 'rm', '-q', 'contracts/time.datacontract.yaml')
    writeTree(root, { 'contracts/time.odcs.yaml': ODCS_TIME })
    const { out } = await run(root, '--changed-since', 'main', '--format', 'json')
    const report = JSON.parse(out)
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(['contracts/time.odcs.yaml'])
    expect(report.files[0].changes).toEqual(migratedTime('contracts/time.datacontract.yaml'))
    const text = await run(root, '--changed-since', 'main')
    expect(text.out).toContain(
      '  contract changes: unchanged (version 1.0.0 → 1.0.0, none bump, renamed from contracts/time.datacontract.yaml, migrated from DCS 1.2.1 to ODCS v3.1.0)\n'
    )
    expect(text.out).not.toContain('Deleted since')
  })
})
