import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, loc, withStandard } from '../builders.js'

describe('ownership.rollback', () => {
  it('accepts an owner', () => {
    expect(check('ownership.rollback', cardDoc())).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`ownership.rollback: "@acme/ml-oncall"`'],
    [
      'huggingface',
      'missingHuggingface',
      '`handoff.ownership.rollback: "@acme/ml-oncall"` in the front matter'
    ],
    ['model-card-toolkit', 'missingMct', '`"handoff": { "ownership": { "rollback": "@acme/ml-oncall" } }`']
  ] as const)('says what to add in %s when nobody rolls back', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ ownership: { anchor: ['ownership'] } }), standard)
    expect(check('ownership.rollback', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['ownership'],
        message: `No one named to roll back: add ${where} (a GitHub user, team or email).`
      }
    ])
  })

  it('quotes a malformed owner', () => {
    const doc = cardDoc({
      ownership: { anchor: ['ownership'], rollback: loc(true, 'ownership', 'rollback') }
    })
    expect(check('ownership.rollback', doc)).toEqual([
      {
        messageId: 'badOwner',
        data: { value: 'true' },
        status: 'invalid',
        at: ['ownership', 'rollback'],
        message:
          'Owner "true" is not a name: write the owner as text, a GitHub team (`@acme/data-platform`), user (`@alice`), email (`data@acme.com`) or the team\'s name.'
      }
    ])
  })
})
