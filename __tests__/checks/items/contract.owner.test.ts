import { describe, expect, it } from '@jest/globals'
import { check, context, contractDoc, loc, withStandard } from '../builders.js'

describe('contract.owner', () => {
  it('accepts a user, a team and an email', () => {
    const doc = contractDoc({
      owners: [
        loc('@alice', 'owners', 0),
        loc('@acme/data-platform', 'owners', 1),
        loc('data@acme.com', 'owners', 2)
      ]
    })
    expect(check('contract.owner', doc)).toEqual([])
  })

  it.each([
    [
      'handoff-contract',
      'missingNative',
      'No owner: add `owner: "@acme/data-platform"` (a GitHub user, team or email).'
    ],
    [
      'odcs',
      'missingOdcs',
      'No owner: add a top-level `customProperties` entry `{ property: owner, value: "@acme/data-platform" }` or a `team` member with role `owner` (a GitHub user, team or email).'
    ],
    ['dcs', 'missingDcs', 'No owner: add `info.owner: "@acme/data-platform"` (a GitHub user, team or email).']
  ] as const)('says what to add in %s when no owner is named', (standard, messageId, message) => {
    const doc = withStandard(contractDoc({ owners: [], ownerAnchor: ['info'] }), standard)
    expect(check('contract.owner', doc)).toEqual([{ messageId, status: 'missing', at: ['info'], message }])
  })

  it('points a top-level ODCS owner to where ODCS reads one', () => {
    const doc = withStandard(contractDoc({ owners: [], strayOwner: loc('Checkout Team', 'owner') }), 'odcs')
    expect(check('contract.owner', doc)).toEqual([
      {
        messageId: 'strayOdcs',
        data: { value: 'Checkout Team' },
        status: 'missing',
        at: ['owner'],
        message:
          'No owner where ODCS reads one: ODCS has no top-level `owner`; move "Checkout Team" to a top-level `customProperties` entry `{ property: owner, value: "Checkout Team" }` or to `team.name`.'
      }
    ])
  })

  it('treats an empty owners list as missing', () => {
    const doc = contractDoc({ owners: [loc([], 'owners')] })
    expect(check('contract.owner', doc).map((r) => [r.messageId, r.status, r.at])).toEqual([
      ['missingNative', 'missing', []]
    ])
  })

  it('takes a name as an owner, with a notice that a pull request cannot notify it', () => {
    const doc = contractDoc({ owners: [loc(['@ok', 'Checkout Team', 'urn:acme:team:checkout'], 'owners')] })
    const notice = (value: string, i: number) => ({
      messageId: 'unreachable',
      data: { value },
      status: 'invalid',
      at: ['owners', i],
      severity: 'notice',
      message: `Owner "${value}" cannot be notified from a pull request: it is not a GitHub user (\`@alice\`), team (\`@acme/data-platform\`) or email. Name one too, so the owner hears of changes.`
    })
    expect(check('contract.owner', doc)).toEqual([
      notice('Checkout Team', 1),
      notice('urn:acme:team:checkout', 2)
    ])
  })

  it('makes such a name invalid under owners.require: reachable, unless CODEOWNERS lists it', () => {
    const doc = contractDoc({ owners: [loc(['ceastwood', ' Checkout Team '], 'owners')] })
    const reachable = context({ owners: { require: 'reachable' } }, ['@ceastwood'])
    expect(check('contract.owner', doc, reachable)).toEqual([
      {
        messageId: 'unreachableRequired',
        data: { value: 'Checkout Team' },
        status: 'invalid',
        at: ['owners', 1],
        message:
          'Owner "Checkout Team" cannot be notified from a pull request: name a GitHub user (`@alice`), team (`@acme/data-platform`), email, or an owner CODEOWNERS lists (owners.require is reachable).'
      }
    ])
    expect(
      check('contract.owner', doc, context({ owners: { require: 'reachable' } })).map((r) => r.data?.value)
    ).toEqual(['ceastwood', 'Checkout Team'])
  })

  it('reports each owner that is not a name at its own path, quoting it', () => {
    const doc = contractDoc({ owners: [loc(['@ok', '  ', 42], 'owners')] })
    expect(check('contract.owner', doc)).toEqual([
      {
        messageId: 'badOwner',
        data: { value: '  ' },
        status: 'invalid',
        at: ['owners', 1],
        message:
          'Owner "  " is not a name: write the owner as text, a GitHub team (`@acme/data-platform`), user (`@alice`), email (`data@acme.com`) or the team\'s name.'
      },
      {
        messageId: 'badOwner',
        data: { value: '42' },
        status: 'invalid',
        at: ['owners', 2],
        message: expect.stringContaining('Owner "42" is not') as unknown as string
      }
    ])
  })

  it('requires owners in CODEOWNERS only when configured and CODEOWNERS was found', () => {
    const doc = contractDoc({ owners: [loc('@Acme/Data-Platform', 'owner'), loc('@bob', 'owners', 1)] })
    const on = context({ owners: { codeowners: true } }, ['@acme/data-platform'])
    expect(check('contract.owner', doc, on)).toEqual([
      {
        messageId: 'notInCodeowners',
        data: { value: '@bob' },
        status: 'invalid',
        at: ['owners', 1],
        message:
          'Owner "@bob" does not appear in CODEOWNERS; add it there or name an owner that does (owners.codeowners is on).'
      }
    ])
    expect(check('contract.owner', doc, context({ owners: { codeowners: true } }))).toEqual([])
    expect(check('contract.owner', doc, context({}, ['@acme/data-platform']))).toEqual([])
  })
})
