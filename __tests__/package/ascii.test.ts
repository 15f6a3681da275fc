// The bundle is written in ASCII (rollup/ascii.mjs): V8 keeps each module's source in memory, at two bytes a character
// once one character is outside Latin-1. An escape must mean what the character meant, and the plugin must refuse the
// two places where it would not.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from '@jest/globals'
import { parseAst } from 'rollup/parseAst'
import { toAscii } from '../../rollup/ascii.mjs'

const ascii = (code: string): string => toAscii(code, (text: string) => parseAst(text), 'test.js')

describe('toAscii', () => {
  it('escapes every character outside ASCII, and the code means what it meant', () => {
    const code = [
      '// a comment with an arrow → and a dash —',
      "const message = 'owner — add one ✅'",
      'const pattern = /[≤≥µ]\\d+/u',
      'const template = `${message} → 🚀`',
      'const café = 1',
      ';[message, pattern.test("≤3"), pattern.test("<3"), template, café, "🚀".length]'
    ].join('\n')
    const escaped = ascii(code)
    expect(escaped).not.toMatch(/[\u0080-\uffff]/)
    expect(escaped).toContain("const message = 'owner \\u2014 add one \\u2705'")
    expect(runInNewContext(escaped)).toEqual(runInNewContext(code))
    expect(runInNewContext(escaped)).toEqual([
      'owner — add one ✅',
      true,
      false,
      'owner — add one ✅ → 🚀',
      1,
      2
    ])
  })

  it('leaves ASCII code as it is', () => {
    expect(ascii('const a = "plain"\n')).toBe('const a = "plain"\n')
  })

  it('refuses a character after a backslash, and a tagged template holding one', () => {
    expect(() => ascii("const a = '\\—'")).toThrow(
      'test.js: a character outside ASCII follows a backslash at 11'
    )
    expect(() => ascii('const a = String.raw`→`')).toThrow(
      'test.js: a tagged template at 10 holds characters outside ASCII'
    )
  })
})

describe('the committed bundle', () => {
  it('is ASCII in every file the CLI, the worker and the Action load', () => {
    const files = ['cli.js', 'index.js', 'worker.js']
    for (const dir of ['chunks', 'validators'])
      files.push(...readdirSync(join('dist', dir)).map((f) => `${dir}/${f}`))
    const outside = files.filter((f) => /[\u0080-\uffff]/.test(readFileSync(join('dist', f), 'utf8')))
    expect(outside).toEqual([])
    expect(files.length).toBeGreaterThan(10)
  })
})
