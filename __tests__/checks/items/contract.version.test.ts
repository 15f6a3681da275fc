import { describe, expect, it } from '@jest/globals'
import { check, contractDoc, loc, withStandard } from '../builders.js'

describe('contract.version', () => {
  it.each(['1.2.0', 'v2.0.0', '1.0.0-rc.1'])('accepts the semantic version %s', (v) => {
    expect(check('contract.version', contractDoc({ version: loc(v, 'version') }))).toEqual([])
  })

  it.each([
    ['handoff-contract', 'missingNative', '`version: 1.0.0`'],
    ['odcs', 'missingOdcs', 'a top-level `version: 1.0.0`'],
    ['dcs', 'missingDcs', '`info.version: 1.0.0`']
  ] as const)('says what to add in %s when the version is missing', (standard, messageId, where) => {
    const doc = withStandard(contractDoc({ version: undefined, versionAnchor: ['info'] }), standard)
    expect(check('contract.version', doc)).toEqual([
      {
        messageId,
        status: 'missing',
        at: ['info'],
        message: `No contract version: add ${where} (a semantic version; raise the major part on breaking changes).`
      }
    ])
  })

  it.each([
    ['1.0', '1.0'],
    [2, '2'],
    ['latest', 'latest']
  ] as const)('warns (severity cap) when %p is not semver', (value, quoted) => {
    expect(check('contract.version', contractDoc({ version: loc(value, 'info', 'version') }))).toEqual([
      {
        messageId: 'notSemver',
        data: { value: quoted },
        status: 'invalid',
        at: ['info', 'version'],
        severity: 'warning',
        message: `Version "${quoted}" is not a semantic version (MAJOR.MINOR.PATCH, e.g. \`1.0.0\`); breaking changes cannot be checked against it.`
      }
    ])
  })
})
