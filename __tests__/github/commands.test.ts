import { describe, expect, it } from '@jest/globals'
import { isPathToken, normalisePath, parseCommand } from '../../src/github/commands/commands.js'
import { helpText } from '../../src/github/commands/help.js'

const items = new Set(['contract.owner', 'ownership.rollback', 'file.parse'])

describe('parseCommand', () => {
  it('reads only the first line, case-insensitively for the command name', () => {
    expect(parseCommand('/handoff-status', items)).toEqual({ kind: 'status' })
    expect(parseCommand('  /Handoff-Status please\nmore text', items)).toEqual({ kind: 'status' })
    expect(parseCommand('/handoff-help', items)).toEqual({ kind: 'help' })
    expect(parseCommand('\uFEFF/handoff-help\r\n', items)).toEqual({ kind: 'help' })
    expect(parseCommand('LGTM\n/handoff-status', items)).toBeUndefined()
    expect(parseCommand('> /handoff-status', items)).toBeUndefined()
    expect(parseCommand('', items)).toBeUndefined()
    expect(parseCommand('/handoff', items)).toBeUndefined()
  })

  it('answers an unknown /handoff- command with its name', () => {
    expect(parseCommand('/handoff-stats now', items)).toEqual({ kind: 'unknown', name: '/handoff-stats' })
    expect(parseCommand('/handoff-', items)).toEqual({ kind: 'unknown', name: '/handoff-' })
  })

  it('parses a waiver with a path, and one for every file without', () => {
    expect(parseCommand('/handoff-waive contract.owner contracts/orders.yaml owned upstream', items)).toEqual(
      {
        kind: 'waive',
        item: 'contract.owner',
        path: 'contracts/orders.yaml',
        reason: 'owned upstream'
      }
    )
    expect(
      parseCommand('/handoff-waive contract.owner  owned   upstream, see #12\nsecond line', items)
    ).toEqual({
      kind: 'waive',
      item: 'contract.owner',
      reason: 'owned upstream, see #12'
    })
    expect(
      parseCommand('/handoff-waive ownership.rollback `./models/churn/README.md` runbook', items)
    ).toEqual({
      kind: 'waive',
      item: 'ownership.rollback',
      path: 'models/churn/README.md',
      reason: 'runbook'
    })
  })

  it('takes a path-looking token after the first as part of the reason', () => {
    expect(parseCommand('/handoff-waive contract.owner see docs/owners.md', items)).toEqual({
      kind: 'waive',
      item: 'contract.owner',
      reason: 'see docs/owners.md'
    })
  })

  it('refuses a path without a reason, never reading the path as the reason', () => {
    for (const body of [
      '/handoff-waive contract.owner orders.yaml',
      '/handoff-waive contract.owner contracts/a.yaml '
    ])
      expect(parseCommand(body, items)).toEqual({
        kind: 'invalid',
        problem: 'a waiver needs a reason after the path.'
      })
  })

  it('normalises the path and refuses one that leaves the repository', () => {
    const path = (token: string) => {
      const command = parseCommand(`/handoff-waive contract.owner ${token} reason`, items)
      return command?.kind === 'waive' ? command.path : command
    }
    expect(path('/contracts/a.yaml')).toBe('contracts/a.yaml')
    expect(path('./contracts//b/../a.yaml')).toBe('contracts/a.yaml')
    expect(path('contracts\\a.yaml')).toBe('contracts/a.yaml')
    expect(path('../secrets/a.yaml')).toEqual({
      kind: 'invalid',
      problem: '`../secrets/a.yaml` is not a path inside the repository.'
    })
    expect(normalisePath('a/../..')).toBeUndefined()
    expect(normalisePath('`./`')).toBeUndefined()
  })

  it('rejects a waiver without an item, with an unknown item, or without a reason', () => {
    expect(parseCommand('/handoff-waive', items)).toEqual({
      kind: 'invalid',
      problem: 'name the handoff item to waive and give a reason.'
    })
    expect(parseCommand('/handoff-waive contract.ownr reason', items)).toEqual({
      kind: 'invalid',
      problem: '`contract.ownr` is not a handoff item id.'
    })
    expect(parseCommand('/handoff-waive contract.owner', items)).toEqual({
      kind: 'invalid',
      problem: 'a waiver needs a reason after the item id (and path).'
    })
  })

  it('quotes an unknown item or command from the comment in a code span it cannot break out of', () => {
    expect(parseCommand('/handoff-waive x`@acme/all`<img> reason', items)).toEqual({
      kind: 'invalid',
      problem: '``x`@acme/all`<img>`` is not a handoff item id.'
    })
    expect(helpText('https://docs', '/handoff-`@team`')).toMatch(
      /^`` \/handoff-`@team` `` is not a handoff-check command/
    )
  })
})

describe('isPathToken', () => {
  it('is a token with a slash or a file extension starting with a letter', () => {
    expect(['a/b', 'orders.yaml', 'README.md', '`x/y`', 'model.tar.gz'].map(isPathToken)).toEqual([
      true,
      true,
      true,
      true,
      true
    ])
    expect(['e.g.', 'v1.2', 'fine.', 'owned', '3.14'].map(isPathToken)).toEqual([
      false,
      false,
      false,
      false,
      false
    ])
  })
})
