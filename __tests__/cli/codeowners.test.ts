import { describe, expect, it } from '@jest/globals'
import { readCodeowners } from '../../src/cli/codeowners.js'
import { tempTree } from './helpers.js'

describe('readCodeowners', () => {
  it('reads the first of the locations GitHub uses, and undefined when there is none', async () => {
    const root = tempTree({ CODEOWNERS: '* @root\n', '.github/CODEOWNERS': '* @GitHub  # lead: @bob\n' })
    expect([...((await readCodeowners(root)) ?? [])]).toEqual(['@github'])
    expect([
      ...((await readCodeowners(tempTree({ 'docs/CODEOWNERS': '/data/ @Acme/Data\n' }))) ?? [])
    ]).toEqual(['@acme/data'])
    expect(await readCodeowners(tempTree({}))).toBeUndefined()
  })
})
