// The action with the real engine: a pull request that deletes a DCS contract and adds its ODCS migration (no git
// rename: the texts differ too much) is one migrated contract in the report and comment.
import { describe, expect, it, jest } from '@jest/globals'
import { renderMarkdown } from '../../src/report/markdown.js'
import { DCS_TIME, migratedTime, ODCS_TIME } from '../helpers/migration.js'
import { realPullRequests } from './real-pr.js'

jest.setTimeout(60_000)

const check = realPullRequests()
const migrate = (head: Record<string, string>) =>
  check({ 'contracts/time.datacontract.yaml': DCS_TIME }, head, [
    { filename: 'contracts/time.datacontract.yaml', status: 'removed' },
    ...Object.keys(head).map((filename) => ({ filename, status: 'added' as const }))
  ])

describe('a DCS → ODCS migration in a pull request', () => {
  it('pairs the removed and the added file by contract id and compares them as one contract', async () => {
    const { report, notes } = await migrate({ 'contracts/time.odcs.yaml': ODCS_TIME })
    expect(notes).toEqual([])
    expect(report.files.map((f) => f.path)).toEqual(['contracts/time.odcs.yaml'])
    expect(report.files[0].changes).toEqual(migratedTime('contracts/time.datacontract.yaml'))
    expect(report.files[0].findings.filter((f) => f.item.startsWith('contract.breaking'))).toEqual([])
    expect(renderMarkdown(report)).toContain(
      '**Contract changes** (renamed from `contracts/time.datacontract.yaml`) (migrated from DCS 1.2.1 to ODCS v3.1.0): Unchanged (version 1.0.0 → 1.0.0, none bump)'
    )
  })

  it('a different contract id is a removal and an addition', async () => {
    const { report } = await migrate({
      'contracts/time.odcs.yaml': ODCS_TIME.replace('id: time-demo', 'id: time-demo-2')
    })
    expect(report.files.map((f) => [f.path, f.changes?.changes.map((c) => c.rule)])).toEqual([
      ['contracts/time.datacontract.yaml', ['contract-removed']],
      ['contracts/time.odcs.yaml', undefined]
    ])
  })
})
