import { describe, expect, it } from '@jest/globals'
import { contractRemoved } from '../../src/diff/contract.js'
import { contract, layout, lineOf } from './builders.js'
import { diff, expectOnly } from './expect-change.js'

describe('ownership', () => {
  it('owner-changed: a warning at the head owner', () => {
    const base = contract({ owners: ['@acme/data'] })
    const head = contract({ owners: ['@acme/platform'] })
    expectOnly(base, head, {
      rule: 'owner-changed',
      level: 'warning',
      path: 'owner',
      old: '@acme/data',
      new: '@acme/platform',
      headAt: ['owners', 0],
      baseAt: ['owners', 0],
      message: 'The owners changed from @acme/data to @acme/platform.'
    })
  })

  it('owners are a set: order and case are no change; an added owner is a change', () => {
    expect(diff(contract({ owners: ['@a', '@B'] }), contract({ owners: ['@b', '@a'] }))).toEqual([])
    expectOnly(contract({ owners: ['@a'] }), contract({ owners: ['@a', '@b'] }), {
      rule: 'owner-changed',
      level: 'warning',
      path: 'owner',
      old: '@a',
      new: ['@a', '@b'],
      headAt: ['owners', 0],
      baseAt: ['owners', 0]
    })
  })

  it('owner removed: reported at the head owner anchor', () => {
    expectOnly(contract({ owners: ['@a'] }), contract({}), {
      rule: 'owner-changed',
      level: 'warning',
      path: 'owner',
      old: '@a',
      headAt: [],
      baseAt: ['owners', 0]
    })
  })
})

describe('service levels', () => {
  it('freshness-loosened: a longer maximum age is a warning, compared as durations', () => {
    expectOnly(contract({ freshness: '24h' }), contract({ freshness: 'P2D' }), {
      rule: 'freshness-loosened',
      level: 'warning',
      path: 'freshness',
      old: '24h',
      new: 'P2D',
      headAt: ['freshness', 'value'],
      baseAt: ['freshness', 'value'],
      message: 'Freshness was loosened from 24h to P2D: data may now be older.'
    })
  })

  it('the same duration spelled another way is no change', () => {
    expect(diff(contract({ freshness: '24h' }), contract({ freshness: 'P1D' }))).toEqual([])
    expect(diff(contract({ freshness: 1, freshnessUnit: 'd' }), contract({ freshness: '24 hours' }))).toEqual(
      []
    )
  })

  it('freshness-tightened: a shorter maximum age, or a promise added, is info', () => {
    expectOnly(
      contract({ freshness: 2, freshnessUnit: 'd' }),
      contract({ freshness: 1, freshnessUnit: 'd' }),
      {
        rule: 'freshness-tightened',
        level: 'info',
        path: 'freshness',
        old: '2 d',
        new: '1 d',
        headAt: ['freshness', 'value'],
        baseAt: ['freshness', 'value']
      }
    )
    expectOnly(contract({}), contract({ freshness: '1h' }), {
      rule: 'freshness-tightened',
      level: 'info',
      path: 'freshness',
      new: '1h',
      headAt: ['freshness', 'value'],
      baseAt: []
    })
  })

  it('freshness removed is loosened (warning)', () => {
    expectOnly(contract({ freshness: '1h' }), contract({}), {
      rule: 'freshness-loosened',
      level: 'warning',
      path: 'freshness',
      old: '1h',
      headAt: [],
      baseAt: ['freshness', 'value']
    })
  })

  it('freshness-changed: a value that is not a duration cannot be proven safe', () => {
    expectOnly(contract({ freshness: '1h' }), contract({ freshness: 'daily' }), {
      rule: 'freshness-changed',
      level: 'warning',
      path: 'freshness',
      old: '1h',
      new: 'daily',
      headAt: ['freshness', 'value'],
      baseAt: ['freshness', 'value']
    })
    expect(diff(contract({ freshness: 'daily' }), contract({ freshness: 'daily' }))).toEqual([])
  })
})

describe('contract identity', () => {
  it('attribute-changed: a new name or id is info', () => {
    expectOnly(contract({ id: 'orders', name: 'Orders' }), contract({ id: 'orders', name: 'All orders' }), {
      rule: 'attribute-changed',
      level: 'info',
      path: 'name',
      old: 'Orders',
      new: 'All orders',
      headAt: ['name'],
      baseAt: ['name'],
      message: 'name changed from Orders to All orders.'
    })
  })
})

describe('contractRemoved', () => {
  it('contract-removed: one error with the base line and no head line', () => {
    const base = contract({ id: 'orders-v1', version: '1.0.0' })
    expect(contractRemoved(base, { base: layout(base) })).toEqual([
      {
        rule: 'contract-removed',
        level: 'error',
        path: 'orders-v1',
        message: 'The contract was removed; every consumer of it loses its promise.',
        baseLine: lineOf(base, [])
      }
    ])
  })

  it('a contract without id or name is named (contract)', () => {
    const base = contract({})
    expect(contractRemoved(base, { base: layout(base) })[0].path).toBe('(contract)')
  })
})
