import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { compareContracts, diffFindings } from '../../src/diff/compare.js'
import type { ContractDoc } from '../../src/model/types.js'
import { field, layout, lineOf, locators, orders } from './builders.js'

const both = [field('id', { type: 'string' }), field('customer_id', { type: 'string' })]
const dropped = [field('id', { type: 'string' })]
const v = (version: unknown, fields = both) => orders(fields, { version })

function compare(base: ContractDoc, head: ContractDoc) {
  return compareContracts(base, head, locators(base, head))
}

function findings(
  base: ContractDoc,
  head: ContractDoc,
  items: Record<string, 'off' | 'warning' | 'error'> = {}
) {
  const config = { ...defaultConfig(), items }
  return diffFindings(compare(base, head), 'contracts/orders.yaml', layout(head), config)
}

describe('compareContracts', () => {
  it('a dropped column without a version bump fails with contract.breaking-change at the head version', () => {
    const base = v('1.0.0')
    const head = v('1.0.0', dropped)
    const result = compare(base, head)
    expect(result.changes).toEqual({
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
      bump: 'none',
      verdict: 'breaking',
      changes: [
        expect.objectContaining({ rule: 'field-removed', path: 'orders.customer_id', level: 'error' })
      ]
    })
    expect(findings(base, head)).toEqual([
      {
        item: 'contract.breaking-change',
        severity: 'error',
        status: 'invalid',
        message:
          '1 breaking change(s) (orders.customer_id) but the version went from 1.0.0 to 1.0.0 (none); a breaking change needs a major version increase.',
        path: 'contracts/orders.yaml',
        line: lineOf(head, ['version']),
        column: 3
      }
    ])
  })

  it('the same drop with the major version bumped passes with the change listed', () => {
    const result = compare(v('1.0.0'), v('2.0.0', dropped))
    expect(result.reports).toEqual([])
    expect(result.changes.bump).toBe('major')
    expect(result.changes.verdict).toBe('breaking')
    expect(result.changes.changes.map((c) => c.rule)).toEqual(['field-removed'])
  })

  it('a minor bump does not announce a break, but in 0.x it does (left-most non-zero component)', () => {
    expect(findings(v('1.0.0'), v('1.1.0', dropped)).map((f) => f.item)).toEqual(['contract.breaking-change'])
    expect(findings(v('0.3.0'), v('0.4.0', dropped))).toEqual([])
    expect(findings(v('0.3.0'), v('0.3.1', dropped)).map((f) => f.item)).toEqual(['contract.breaking-change'])
  })

  it('non-semver versions: a break cannot be checked and is reported as such', () => {
    const [f] = findings(v('2024-01'), v('2024-02', dropped))
    expect(f).toMatchObject({ item: 'contract.breaking-change', severity: 'error' })
    expect(f.message).toBe(
      '1 breaking change(s) (orders.customer_id) but the version 2024-01 → 2024-02 is not semver, so the major increase cannot be checked.'
    )
  })

  it('a version that went backwards is contract.breaking-change even without changes', () => {
    const head = v('1.0.0')
    const result = findings(v('1.2.0'), head)
    expect(result).toEqual([
      expect.objectContaining({
        item: 'contract.breaking-change',
        severity: 'error',
        message:
          'The contract version went backwards from 1.2.0 to 1.0.0; consumers pinned to 1.2.0 would see an older promise under a newer change.',
        line: lineOf(head, ['version'])
      })
    ])
  })

  it('contract.version-bump: a compatible schema change without any version increase warns', () => {
    const base = v('1.0.0', dropped)
    const head = v('1.0.0', both)
    expect(findings(base, head)).toEqual([
      expect.objectContaining({
        item: 'contract.version-bump',
        severity: 'warning',
        message:
          '1 schema change(s) (orders.customer_id) but the version stayed at 1.0.0; increase it so consumers can tell the versions apart.'
      })
    ])
    expect(findings(base, v('1.0.1', both))).toEqual([])
  })

  it('a change outside the schema (owner, freshness) needs no version bump', () => {
    const base = orders(dropped, { version: '1.0.0', owners: ['@a'] })
    const head = orders(dropped, { version: '1.0.0', owners: ['@b'] })
    expect(compare(base, head).changes.verdict).toBe('compatible')
    expect(findings(base, head)).toEqual([])
  })

  it('an unchanged contract is unchanged with no findings', () => {
    expect(compare(v('1.0.0'), v('1.0.0')).changes).toEqual({
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
      bump: 'none',
      verdict: 'unchanged',
      changes: []
    })
  })

  it('a missing version is reported at the version anchor', () => {
    const head = orders(dropped, {})
    const [f] = findings(orders(both, {}), head)
    expect(f).toMatchObject({ item: 'contract.breaking-change', line: lineOf(head, []) })
  })

  it('config severities apply as in the engine: off drops, a level replaces the default', () => {
    expect(findings(v('1.0.0'), v('1.0.0', dropped), { 'contract.breaking-change': 'off' })).toEqual([])
    expect(
      findings(v('1.0.0'), v('1.0.0', dropped), { 'contract.breaking-change': 'warning' }).map(
        (f) => f.severity
      )
    ).toEqual(['warning'])
    expect(
      findings(v('1.0.0', dropped), v('1.0.0', both), { 'contract.version-bump': 'error' }).map(
        (f) => f.severity
      )
    ).toEqual(['error'])
  })

  it('lists at most three paths in the message', () => {
    const many = [field('a'), field('b'), field('c'), field('d'), field('e')]
    const [f] = findings(v('1.0.0', many), v('1.0.0', []))
    expect(f.message).toBe(
      '5 breaking change(s) (orders.a, orders.b, orders.c and 2 more) but the version went from 1.0.0 to 1.0.0 (none); a breaking change needs a major version increase.'
    )
  })
})
