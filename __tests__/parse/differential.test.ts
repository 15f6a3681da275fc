// The fast door (js-yaml with positions from its events) against the yaml library's document model, over every
// fixture, standard example and example file of the project: the same data, and the same line and column for every
// key and every sequence item. Files the fast door sends to the full parser are counted, so a regression that
// quietly sends everything there fails too.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { JsonPath } from '../../src/vocabulary.js'
import { fastParse } from '../../src/parse/fast.js'
import { findFrontMatter } from '../../src/parse/front-matter.js'
import { fullParse, parseSource } from '../../src/parse/source.js'
import { ROOT } from '../e2e/harness.js'

const FOLDERS = ['__tests__/fixtures', '__fixtures__', 'examples']

function files(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name)
      if (entry.isDirectory()) walk(abs)
      else if (/\.(ya?ml|json|md)$/i.test(entry.name))
        out.push({ path: relative(ROOT, abs), text: readFileSync(abs, 'utf8') })
    }
  }
  for (const folder of FOLDERS) walk(join(ROOT, folder))
  return out.sort((a, b) => (a.path < b.path ? -1 : 1))
}

/** Every path to a key or item in `data`, depth first. */
function paths(data: unknown, base: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [base]
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...base, i])))
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...base, k]))
  return out
}

const noPos = () => ({ line: 0, column: 0 })

/** Both doors on one YAML text; undefined when the fast door declines it. */
function both(yaml: string) {
  const fast = fastParse(yaml)
  if (!fast) return undefined
  return { fast, full: fullParse(yaml, 0, false, (o) => ({ line: 0, column: o })) }
}

describe('fast parse against the full parser', () => {
  const all = files()
  const yamlOf = (f: { path: string; text: string }): string | undefined =>
    /\.md$/i.test(f.path) ? findFrontMatter(f.text)?.body : f.text

  it('reads every fixture through the fast door but the templates whose placeholders are complex keys', () => {
    const declined = all.filter((f) => {
      const yaml = yamlOf(f)
      return yaml !== undefined && fullParse(yaml, 0, false, noPos).errors.length === 0 && !fastParse(yaml)
    })
    // `{{ card_data }}` is a flow mapping used as a key: the yaml library and js-yaml name such keys differently.
    expect(declined.map((f) => f.path)).toEqual([
      '__tests__/fixtures/standards/huggingface-hub-docs/spec__datasetcard-metadata.md',
      '__tests__/fixtures/standards/huggingface-hub/card__sample_template.md',
      '__tests__/fixtures/standards/huggingface-hub/template__datasetcard_template.md',
      '__tests__/fixtures/standards/huggingface-hub/template__modelcard_template.md'
    ])
  })

  it.each(all.map((f) => [f.path, f] as const))('%s: same data, same positions', (_, f) => {
    const yaml = yamlOf(f)
    if (yaml === undefined) return
    const pair = both(yaml)
    if (!pair) return
    expect(pair.full.errors).toEqual([])
    expect(pair.fast.data).toEqual(pair.full.data)
    // Where the events cannot be matched to the data (a flow mapping's key without a value), the offset is
    // undefined and parseSource asks the full parser; everywhere else it is the full parser's.
    for (const p of paths(pair.full.data)) {
      const offset = pair.fast.offsetOf(p)
      if (offset !== undefined) expect([p, offset]).toEqual([p, pair.full.locate(p).column])
    }
  })

  it('gives parseSource the same answers as before on every fixture', () => {
    for (const f of all) {
      const fast = parseSource(f.path, f.text)
      const yaml = yamlOf(f)
      if (yaml === undefined || fast.errors.length > 0) continue
      const start = f.text.length - yaml.length - (f.text.length - f.text.indexOf(yaml) - yaml.length)
      const lines = f.text.slice(0, start).split('\n').length - 1
      const full = fullParse(yaml, 0, false, (o) => {
        const before = yaml.slice(0, o).split('\n')
        return { line: lines + before.length, column: before[before.length - 1].length + 1 }
      })
      for (const p of paths(full.data))
        expect([f.path, p, fast.locate(p)]).toEqual([f.path, p, full.locate(p)])
    }
  })
})

describe('what the fast door declines', () => {
  it.each([
    ['a sequence nested on the same line', 'a:\n  - - x\n  - y\n'],
    ['a same-line nested sequence, tab-separated', 'a:\n -\t- x\n'],
    ['an empty item', 'a:\n  -\n  - y\n'],
    ['an empty item with a comment', 'a:\n  - # none\n  - y\n'],
    ['an empty item at the end of the text', 'a:\n  -'],
    ['an empty item with CRLF line ends', 'a:\r\n  -\r\n  - y\r\n'],
    ['an explicit key', '? a\n: b\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'd: &d {o: 1}\nc:\n  <<: *d\n']
  ])('%s', (_, text) => {
    expect(fastParse(text)).toBeUndefined()
  })

  it.each([
    ['dashes inside values and a document marker', '---\na: x - y\nb: -1\nc:\n  - -x\n  - "- - z"\n'],
    ['a question mark in prose', 'description: what? nothing\n'],
    ['a plain sequence', 'a:\n  - x\n  - y\n']
  ])('not %s', (_, text) => {
    expect(fastParse(text)).toBeDefined()
  })
})
