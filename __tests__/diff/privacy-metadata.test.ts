import { describe, expect, it } from '@jest/globals'
import { field, orders } from './builders.js'
import { F, attr, diff, expectOnly } from './expect-change.js'

const one = (attributes: Parameters<typeof field>[1]) =>
  orders([field('email', { type: 'string', ...attributes })])

describe('privacy rules', () => {
  it('pii-changed: marked as PII is a warning, reported at the base field when it was absent', () => {
    expectOnly(one({}), one({ pii: true }), {
      rule: 'pii-changed',
      level: 'warning',
      path: 'orders.email.pii',
      new: true,
      headAt: attr('pii'),
      baseAt: F,
      message: 'The PII flag of orders.email changed from (none) to true.'
    })
    expectOnly(one({ pii: true }), one({ pii: false }), {
      rule: 'pii-changed',
      level: 'warning',
      path: 'orders.email.pii',
      old: true,
      new: false,
      headAt: attr('pii'),
      baseAt: attr('pii')
    })
    expect(diff(one({ pii: false }), one({}))).toEqual([])
  })

  it('classification-changed: a warning when added, removed or changed', () => {
    expectOnly(one({ classification: 'internal' }), one({ classification: 'restricted' }), {
      rule: 'classification-changed',
      level: 'warning',
      path: 'orders.email.classification',
      old: 'internal',
      new: 'restricted',
      headAt: attr('classification'),
      baseAt: attr('classification'),
      message: 'The classification of orders.email changed from internal to restricted.'
    })
    expectOnly(one({ classification: 'internal' }), one({}), {
      rule: 'classification-changed',
      level: 'warning',
      path: 'orders.email.classification',
      old: 'internal',
      headAt: F,
      baseAt: attr('classification')
    })
  })
})

describe('metadata rules', () => {
  it('description-changed: info; whitespace at the ends is no change', () => {
    expectOnly(one({ description: 'Email' }), one({ description: 'Contact email' }), {
      rule: 'description-changed',
      level: 'info',
      path: 'orders.email.description',
      old: 'Email',
      new: 'Contact email',
      headAt: attr('description'),
      baseAt: attr('description'),
      message: 'The description of orders.email changed.'
    })
    expect(diff(one({ description: 'Email' }), one({ description: 'Email\n' }))).toEqual([])
  })

  it('tags-changed: info; the same tags in another order are no change', () => {
    expectOnly(one({ tags: ['a'] }), one({ tags: ['a', 'b'] }), {
      rule: 'tags-changed',
      level: 'info',
      path: 'orders.email.tags',
      old: ['a'],
      new: ['a', 'b'],
      headAt: attr('tags'),
      baseAt: attr('tags'),
      message: 'The tags of orders.email changed from [a] to [a, b].'
    })
    expect(diff(one({ tags: ['a', 'b'] }), one({ tags: ['b', 'a'] }))).toEqual([])
  })

  it('examples-changed: info', () => {
    expectOnly(one({ examples: ['a@x.io'] }), one({}), {
      rule: 'examples-changed',
      level: 'info',
      path: 'orders.email.examples',
      old: ['a@x.io'],
      headAt: F,
      baseAt: attr('examples')
    })
  })
})
