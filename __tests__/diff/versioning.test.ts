import { describe, expect, it } from '@jest/globals'
import { allowsBreaking, classifyBump, isIncrease } from '../../src/diff/versioning.js'

describe('classifyBump', () => {
  it.each([
    ['1.2.3', '2.0.0', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['2.0.0-rc.1', '2.0.0-rc.2', 'prerelease'],
    ['2.0.0-rc.1', '2.0.0', 'prerelease'],
    ['1.2.3', '2.0.0-rc.1', 'major'],
    ['1.2.3', '1.2.3', 'none'],
    ['1.2.3', 'v1.2.3', 'none'],
    ['1.2.3+build.1', '1.2.3+build.2', 'none'],
    [undefined, undefined, 'none'],
    ['2.0.0', '1.9.9', 'backwards'],
    ['1.0.0', '1.0.0-rc.1', 'backwards'],
    ['v1.0.0', 'v1.1.0', 'minor'],
    ['1.0', '2.0', 'not-comparable'],
    [1, 2, 'not-comparable'],
    ['1.0.0', undefined, 'not-comparable'],
    [undefined, '1.0.0', 'not-comparable'],
    ['2024-01', '2024-02', 'not-comparable']
  ])('%p → %p is %p', (base, head, bump) => {
    expect(classifyBump(base, head)).toBe(bump)
  })
})

describe('allowsBreaking', () => {
  it.each([
    ['1.2.3', '2.0.0', true],
    ['1.2.3', '1.3.0', false],
    ['1.2.3', '1.2.4', false],
    ['0.1.0', '0.2.0', true],
    ['0.1.0', '1.0.0', true],
    ['0.1.0', '0.1.1', false],
    ['0.0.1', '0.0.2', true],
    ['2.0.0-rc.1', '2.0.0-rc.2', true],
    ['1.2.3', '1.2.3', false],
    ['2.0.0', '1.0.0', false],
    ['a', 'b', false]
  ])('%p → %p allows a breaking change: %p', (base, head, allowed) => {
    expect(allowsBreaking(base, head)).toBe(allowed)
  })
})

describe('isIncrease', () => {
  it('is true for every forward move and false otherwise', () => {
    expect(['major', 'minor', 'patch', 'prerelease'].every((b) => isIncrease(b as never))).toBe(true)
    expect(['none', 'backwards', 'not-comparable'].some((b) => isIncrease(b as never))).toBe(false)
  })
})
