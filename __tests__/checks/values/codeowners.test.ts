import { describe, expect, it } from '@jest/globals'
import { parseCodeowners } from '../../../src/checks/values/codeowners.js'

describe('parseCodeowners', () => {
  it('collects every owner, lower-cased, ignoring comments, blank lines and patterns', () => {
    const text = [
      '# Data contracts',
      '',
      '*                     @acme/Platform',
      'contracts/**         @acme/data-platform  data@acme.com   # the data team',
      'models/\\#legacy/     @Alice',
      '   ',
      '/docs/'
    ].join('\r\n')
    expect([...parseCodeowners(text)].sort()).toEqual([
      '@acme/data-platform',
      '@acme/platform',
      '@alice',
      'data@acme.com'
    ])
  })

  it('returns an empty set for an empty file', () => {
    expect(parseCodeowners('').size).toBe(0)
  })
})
