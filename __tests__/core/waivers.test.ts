// Waiver scope in the core: a waiver given for some findings covers exactly those, recognised across pushes by
// their fingerprint (item, path, and what the finding is about), whatever lines they move to.
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { compareFiles } from '../../src/core/compare.js'
import { buildReport } from '../../src/core/engine.js'
import { fingerprint } from '../../src/core/fingerprint.js'
import type { FileReport, Finding, Report } from '../../src/vocabulary.js'
import { applyWaivers, matchingFindings } from '../../src/core/waivers.js'

const PATH = 'contracts/payments.contract.yaml'
const ctx = { config: defaultConfig() }
const NO_OWNER: Finding = {
  item: 'contract.owner',
  severity: 'error',
  status: 'missing',
  message: 'No owner.',
  path: PATH,
  line: 3,
  column: 1
}
const contract = (version: string, fields: string[], owner = "'@acme/payments'"): string =>
  [
    'apiVersion: handoff-check/v1',
    'kind: HandoffContract',
    'id: payments',
    `version: ${version}`,
    `owner: ${owner}`,
    'freshness: 1h',
    'schema:',
    '  payments:',
    '    type: table',
    '    fields:',
    ...fields.flatMap((f) => [`      ${f}:`, '        type: string']),
    ''
  ].join('\n')
const BASE = contract('1.4.0', ['payment_id', 'currency', 'region'])
const compare = (head: string): Report =>
  compareFiles([{ base: { path: PATH, text: BASE }, head: { path: PATH, text: head } }], ctx)
const breaking = (report: Report): Finding =>
  report.files[0].findings.find((f) => f.item === 'contract.breaking-change')!
const waiverFor = (report: Report, item: string) => ({
  item,
  path: PATH,
  by: '@maintainer',
  reason: 'consumers moved',
  covers: new Set(matchingFindings(report, { item, path: PATH }).map((m) => m.fingerprint))
})

describe('waivers scoped to the findings they were given for', () => {
  it('a breaking-change waiver covers the same breaking change at a later push, not a new one', () => {
    const first = compare(contract('1.5.0', ['payment_id', 'region']))
    expect(breaking(first).message).toBe(
      '1 breaking change(s) (payments.currency) but the version went from 1.4.0 to 1.5.0 (minor); a breaking change needs a major version increase.'
    )
    const waiver = waiverFor(first, 'contract.breaking-change')

    // The same break with a new version and the lines moved: still the finding the writer waived.
    const same = compare('# moved down\n' + contract('1.6.0', ['payment_id', 'region']))
    expect(breaking(same).line).toBe(5)
    expect(applyWaivers(same, [waiver]).result).toBe('pass')

    // A second field removed with a later push: a different finding, which fails until it is waived again.
    const more = compare(contract('1.6.0', ['payment_id']))
    const applied = applyWaivers(more, [waiver])
    expect(applied.result).toBe('fail')
    expect(breaking(applied).waived).toBeUndefined()
    expect(breaking(applied).message).toContain('2 breaking change(s) (payments.currency, payments.region)')
  })

  it('an invalid value waived stays waived while the value is the same, not when it changes', () => {
    const first = compare(contract('1.4.0', ['payment_id', 'currency', 'region'], "'not an owner'"))
    const owner = first.files[0].findings.filter((f) => f.item === 'contract.owner')
    expect(owner).toHaveLength(1)
    const waiver = waiverFor(first, 'contract.owner')
    expect(applyWaivers(first, [waiver]).summary.waived).toBe(1)
    const other = compare(contract('1.4.0', ['payment_id', 'currency', 'region'], "'someone else'"))
    expect(applyWaivers(other, [waiver]).summary.waived).toBe(0)
  })

  it('an unscoped waiver covers every finding of its item and path; a waiver never shows its coverage', () => {
    const finding = NO_OWNER
    const file: FileReport = {
      path: PATH,
      kind: 'contract',
      standard: 'handoff-contract',
      findings: [finding]
    }
    const report = buildReport([file])
    const scoped = applyWaivers(report, [
      { item: 'contract.owner', by: '@m', reason: 'r', covers: new Set([fingerprint(finding, file)]) }
    ])
    expect(scoped.files[0].findings[0].waived).toEqual({ item: 'contract.owner', by: '@m', reason: 'r' })
    expect(applyWaivers(report, [{ item: 'contract.owner', by: '@m', reason: 'r' }]).summary.waived).toBe(1)
    expect(
      applyWaivers(report, [{ item: 'contract.owner', by: '@m', reason: 'r', covers: new Set() }]).result
    ).toBe('fail')
  })

  it('fingerprints leave lines out and keep item, path and subject apart', () => {
    const base = NO_OWNER
    const file: FileReport = { path: PATH, kind: 'contract', standard: 'handoff-contract', findings: [] }
    const print = (f: Partial<Finding>) => fingerprint({ ...base, ...f }, file)
    expect(print({ line: 40, column: 7 })).toBe(print({}))
    expect(
      new Set([
        print({}),
        print({ item: 'contract.freshness' }),
        print({ path: 'x.yaml' }),
        print({ message: 'No owner!' })
      ]).size
    ).toBe(4)
    expect(print({})).toMatch(/^[0-9a-f]{16}$/)
  })
})
