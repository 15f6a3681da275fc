import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, context, loc, withStandard } from '../builders.js'

describe('ownership.drift', () => {
  it('accepts a team, and a list of owners', () => {
    expect(check('ownership.drift', cardDoc())).toEqual([])
    const list = cardDoc({
      ownership: { anchor: ['ownership'], drift: loc(['@a', 'b@acme.com'], 'ownership', 'drift') }
    })
    expect(check('ownership.drift', list)).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`ownership.drift: "@acme/data-eng"`'],
    ['huggingface', 'missingHuggingface', '`handoff.ownership.drift: "@acme/data-eng"` in the front matter'],
    ['model-card-toolkit', 'missingMct', '`"handoff": { "ownership": { "drift": "@acme/data-eng" } }`']
  ] as const)('says what to add in %s when nobody fixes drift', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ ownership: { anchor: ['handoff', 'ownership'] } }), standard)
    expect(check('ownership.drift', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['handoff', 'ownership'],
        message: `No one named to fix drift: add ${where} (a GitHub user, team or email).`
      }
    ])
  })

  it('reports an owner in a list at its index, and an empty list as missing at the list', () => {
    const bad = cardDoc({
      ownership: { anchor: ['ownership'], drift: loc(['@ok', 'nobody', 7], 'ownership', 'drift') }
    })
    expect(check('ownership.drift', bad).map((r) => [r.messageId, r.status, r.severity, r.at])).toEqual([
      ['unreachable', 'invalid', 'notice', ['ownership', 'drift', 1]],
      ['badOwner', 'invalid', undefined, ['ownership', 'drift', 2]]
    ])
    const empty = cardDoc({ ownership: { anchor: ['ownership'], drift: loc([], 'ownership', 'drift') } })
    expect(check('ownership.drift', empty).map((r) => [r.messageId, r.status, r.at])).toEqual([
      ['missingNative', 'missing', ['ownership', 'drift']]
    ])
  })

  it('checks CODEOWNERS when configured', () => {
    const ctx = context({ owners: { codeowners: true } }, ['@acme/ml-oncall'])
    expect(check('ownership.drift', cardDoc(), ctx).map((r) => r.message)).toEqual([
      'Owner "@acme/data-eng" does not appear in CODEOWNERS; add it there or name an owner that does (owners.codeowners is on).'
    ])
  })
})
