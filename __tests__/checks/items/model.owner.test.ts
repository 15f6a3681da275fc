import { describe, expect, it } from '@jest/globals'
import { cardDoc, check, context, loc, withStandard } from '../builders.js'

describe('model.owner', () => {
  it('accepts a team', () => {
    expect(check('model.owner', cardDoc())).toEqual([])
  })

  it.each([
    ['handoff-model-card', 'missingNative', '`owner: "@acme/ml-platform"`'],
    ['huggingface', 'missingHuggingface', '`handoff.owner: "@acme/ml-platform"` in the front matter'],
    [
      'model-card-toolkit',
      'missingMct',
      '`"model_details": { "owners": [{ "name": "ML platform", "contact": "@acme/ml-platform" }] }`'
    ]
  ] as const)('says what to add in %s when no owner is named', (standard, messageId, where) => {
    const doc = withStandard(cardDoc({ owners: [], ownerAnchor: ['handoff'] }), standard)
    expect(check('model.owner', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['handoff'],
        message: `No owner: add ${where} (a GitHub user, team or email).`
      }
    ])
  })

  it('reports a name that cannot be notified as a notice and, when configured, one missing from CODEOWNERS', () => {
    const doc = cardDoc({
      owners: [loc('ML Platform', 'model_details', 'owners', 0, 'contact'), loc('ml@acme.com', 'owners', 1)]
    })
    expect(check('model.owner', doc).map((r) => [r.messageId, r.severity, r.at])).toEqual([
      ['unreachable', 'notice', ['model_details', 'owners', 0, 'contact']]
    ])
    const reports = check(
      'model.owner',
      doc,
      context({ owners: { codeowners: true } }, ['@acme/ml-platform'])
    )
    expect(reports.map((r) => [r.messageId, r.data, r.at])).toEqual([
      ['notInCodeowners', { value: 'ML Platform' }, ['model_details', 'owners', 0, 'contact']],
      ['notInCodeowners', { value: 'ml@acme.com' }, ['owners', 1]]
    ])
  })
})
