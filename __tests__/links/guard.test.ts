// The pull-request guard, pure: which dependents a contract change breaks, which the same change updates, and the
// one contract.downstream finding for the rest.
import { describe, expect, it } from '@jest/globals'
import { guardDownstream } from '../../src/core/links/index.js'
import type { CardEntry, CardUpdate } from '../../src/core/links/index.js'
import type { FileReport } from '../../src/vocabulary.js'

const PATH = 'contracts/orders.yaml'
const card = (path: string, range: string | undefined, contract = PATH): CardEntry => ({
  path,
  name: path.split('/')[1],
  owners: ['@acme/ml'],
  driftOwners: ['@acme/oncall'],
  links: [{ role: 'training', contract, ...(range !== undefined ? { range } : {}), line: 6 }]
})
const changed = (base: string, head: string, breaking: boolean, removed = false): FileReport => ({
  path: PATH,
  kind: 'contract',
  standard: 'odcs',
  findings: [],
  changes: {
    baseVersion: base,
    ...(removed ? {} : { headVersion: head }),
    bump: 'major',
    verdict: breaking ? 'breaking' : 'compatible',
    changes: [
      removed
        ? { rule: 'contract-removed', level: 'error', path: '', message: 'removed', baseLine: 1 }
        : {
            rule: 'field-removed',
            level: breaking ? 'error' : 'info',
            path: 'orders.x',
            message: 'x',
            line: 9
          }
    ]
  }
})
const guard = (report: FileReport, cards: CardEntry[], updates = new Map<string, CardUpdate>()) =>
  guardDownstream({
    reports: [report],
    cards,
    contracts: [{ path: PATH, id: 'urn:orders', version: report.changes?.headVersion }],
    removedIds: new Map([[PATH, 'urn:orders']]),
    updates
  })[0]

describe('guardDownstream', () => {
  it('a major bump outside a pinned range breaks the card: one finding naming it, its owners and what to do', () => {
    const out = guard(changed('1.4.0', '2.0.0', true), [card('models/churn.md', '^1')])
    expect(out.downstream?.map((d) => [d.card, d.impact, d.guard])).toEqual([
      ['models/churn.md', 'outside-range', 'open']
    ])
    expect(out.findings).toEqual([
      {
        item: 'contract.downstream',
        severity: 'error',
        status: 'invalid',
        message:
          'This change breaks 1 model card(s) that depend on this contract and are not updated with it: `models/churn.md:6` (churn.md; expects ^1; new version outside its range; owners `@acme/ml`, `@acme/oncall`). Re-validate each model and move its `contractVersion` in this pull request, or waive with `/handoff-waive contract.downstream contracts/orders.yaml <reason>` once the owners agree.',
        path: PATH,
        line: 9,
        column: 1,
        origin: 'new'
      }
    ])
  })

  it('a card whose range already targets the new major is unaffected; a compatible change leaves every card passing', () => {
    expect(guard(changed('1.4.0', '2.0.0', true), [card('models/a.md', '^2')]).downstream?.[0].impact).toBe(
      'ok'
    )
    const compatible = guard(changed('1.4.0', '1.5.0', false), [
      card('models/a.md', '^1'),
      card('models/b.md', undefined)
    ])
    expect(compatible.downstream?.map((d) => [d.card, d.impact, d.guard])).toEqual([
      ['models/a.md', 'ok', undefined],
      ['models/b.md', 'ok', undefined]
    ])
    expect(compatible.findings).toEqual([])
  })

  it('a breaking change is accepted for a card the same change updates (a moved range, a new link), not for one left as it was', () => {
    const cards = [
      card('models/moved.md', '>=1.4.0'),
      card('models/added.md', undefined),
      card('models/same.md', '^1.4.0 || ^2')
    ]
    const updates = new Map<string, CardUpdate>([
      ['models/moved.md', { base: card('models/moved.md', '^1.4.0') }],
      ['models/added.md', {}],
      ['models/same.md', { base: card('models/same.md', '^1.4.0 || ^2') }]
    ])
    const out = guard(
      changed('1.4.0', '2.0.0', true),
      [...cards, card('models/untouched.md', undefined)],
      updates
    )
    expect(out.downstream?.map((d) => [d.card, d.impact, d.guard, d.inChange])).toEqual([
      ['models/moved.md', 'breaking-change', 'updated', true],
      ['models/added.md', 'breaking-change', 'updated', true],
      ['models/same.md', 'breaking-change', 'open', true],
      ['models/untouched.md', 'breaking-change', 'open', undefined]
    ])
    expect(out.findings.map((f) => f.message.match(/`models\/[a-z]+\.md:6`/g))).toEqual([
      ['`models/same.md:6`', '`models/untouched.md:6`']
    ])
  })

  it('a removal breaks every card that still names the contract, by path or by its id at the base, whatever else changed', () => {
    const cards = [card('models/a.md', '^1'), card('models/b.md', undefined, 'urn:orders')]
    const out = guard(changed('1.4.0', '', true, true), cards, new Map([['models/a.md', {}]]))
    expect(out.downstream?.map((d) => [d.card, d.impact, d.guard])).toEqual([
      ['models/a.md', 'removed', 'open'],
      ['models/b.md', 'removed', 'open']
    ])
    expect(out.findings).toHaveLength(1)
  })

  it('names five cards and counts the rest; `off` lists the dependents without a finding', () => {
    const cards = Array.from({ length: 7 }, (_, i) => card(`models/m${i}.md`, '^1'))
    const [finding] = guard(changed('1.4.0', '2.0.0', true), cards).findings
    expect(finding.message).toContain(
      '`models/m4.md:6` (m4.md; expects ^1; new version outside its range; owners `@acme/ml`, `@acme/oncall`) and 2 more.'
    )
    const off = guardDownstream({
      reports: [changed('1.4.0', '2.0.0', true)],
      cards,
      contracts: [],
      removedIds: new Map(),
      updates: new Map(),
      severity: 'off'
    })[0]
    expect([off.findings, off.downstream?.length]).toEqual([[], 7])
  })

  it('leaves reports without changes (added contracts, cards) as they are', () => {
    const added: FileReport = { path: PATH, kind: 'contract', standard: 'odcs', findings: [] }
    expect(guard(added, [card('models/a.md', '^1')])).toBe(added)
  })
})
