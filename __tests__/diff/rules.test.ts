// A meta-test of the rule table, as oasdiff audits checker/rules.go: sorted, complete, each rule tested.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { allItems } from '../../src/checks/index.js'
import { contractBreakingChange, contractVersionBump } from '../../src/diff/items.js'
import { changeMessages } from '../../src/diff/messages.js'
import { diffRules } from '../../src/diff/rules.js'

const here = dirname(fileURLToPath(import.meta.url))
const testText = readdirSync(here)
  .filter((f) => f.endsWith('.test.ts') && f !== 'rules.test.ts')
  .map((f) => readFileSync(join(here, f), 'utf8'))
  .join('\n')

describe('rule table', () => {
  it('is sorted by id, kebab-case, without duplicates', () => {
    const ids = diffRules.map((r) => r.id)
    expect(ids).toEqual([...new Set(ids)].sort())
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/)
  })

  it('has a message, a title and a description for every rule, and no message without a rule', () => {
    expect(Object.keys(changeMessages).sort()).toEqual(diffRules.map((r) => r.id))
    for (const r of diffRules) {
      expect(r.title).not.toBe('')
      expect(r.description).toMatch(/\.$/)
    }
  })

  it('every rule is asserted by a test with its exact id', () => {
    const untested = diffRules.filter((r) => !testText.includes(`rule: '${r.id}'`)).map((r) => r.id)
    expect(untested).toEqual([])
  })

  it('keeps the issue classification: removals and tightenings are errors, additions info', () => {
    const level = (id: string) => diffRules.find((r) => r.id === id)?.level
    expect(level('field-removed')).toBe('error')
    expect(level('object-removed')).toBe('error')
    expect(level('contract-removed')).toBe('error')
    expect(level('type-changed')).toBe('error')
    expect(level('format-changed')).toBe('error')
    expect(level('enum-narrowed')).toBe('error')
    expect(level('primary-key-changed')).toBe('error')
    expect(level('owner-changed')).toBe('warning')
    expect(level('freshness-loosened')).toBe('warning')
    expect(level('pii-changed')).toBe('warning')
    expect(level('field-added')).toBe('info')
    expect(level('description-changed')).toBe('info')
  })
})

describe('diff items', () => {
  it('are registered with the engine, sorted by id', () => {
    const ids = allItems.map((i) => i.id)
    expect(ids).toEqual([...ids].sort())
    expect(ids).toContain('contract.breaking-change')
    expect(ids).toContain('contract.version-bump')
  })

  it('have the item metadata and their default severities', () => {
    expect(contractBreakingChange).toMatchObject({ appliesTo: 'file', defaultSeverity: 'error' })
    expect(contractVersionBump).toMatchObject({ appliesTo: 'file', defaultSeverity: 'warning' })
    expect(Object.keys(contractBreakingChange.messages).sort()).toEqual([
      'backwards',
      'notComparable',
      'unannounced'
    ])
    expect(Object.keys(contractVersionBump.messages)).toEqual(['notBumped'])
  })
})
