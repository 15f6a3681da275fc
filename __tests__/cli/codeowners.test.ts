import { describe, expect, it } from '@jest/globals'
import { parseCodeowners, readCodeowners } from '../../src/cli/codeowners.js'
import { tempTree } from './helpers.js'

describe('parseCodeowners', () => {
  it('collects users, teams and emails, not patterns or comments', () => {
    const text = [
      '# Data platform owns the contracts',
      '* @acme/platform',
      '/contracts/   @acme/data-eng  @alice   # lead: @bob',
      'models/**/*.md ml@acme.com',
      '/unowned/',
      ''
    ].join('\r\n')
    expect([...parseCodeowners(text)]).toEqual(['@acme/platform', '@acme/data-eng', '@alice', 'ml@acme.com'])
  })
})

describe('readCodeowners', () => {
  it('reads the first of the locations GitHub uses, and undefined when there is none', async () => {
    const root = tempTree({ CODEOWNERS: '* @root\n', '.github/CODEOWNERS': '* @github\n' })
    expect([...((await readCodeowners(root)) ?? [])]).toEqual(['@github'])
    expect(await readCodeowners(tempTree({}))).toBeUndefined()
  })
})
