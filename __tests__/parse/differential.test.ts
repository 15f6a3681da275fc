// Both fast doors (the block reader, and js-yaml with positions from its events) against the yaml library's
// document model, over every fixture, standard example and example file of the project: the same data, and the same
// line and column for every key and every sequence item. Files a door hands on are listed exactly, so a regression
// that quietly sends everything to a slower door fails too.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { JsonPath } from '../../src/vocabulary.js'
import { blockParse } from '../../src/parse/block.js'
import { fastParse } from '../../src/parse/fast.js'
import type { FastParse } from '../../src/parse/fast.js'
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

/** Expect a door's reading of `yaml` to be the full parser's: the same data, the same offset for every path. */
function expectAgreement(door: FastParse, yaml: string): void {
  const full = fullParse(yaml, 0, false, (o) => ({ line: 0, column: o }))
  expect(full.errors).toEqual([])
  expect(door.data).toEqual(full.data)
  // Where the js-yaml door cannot match its events to the data (a flow mapping's key without a value), the offset
  // is undefined and parseSource asks the full parser; everywhere else it is the full parser's.
  for (const p of paths(full.data)) {
    const offset = door.offsetOf(p)
    if (offset !== undefined) expect([p, offset]).toEqual([p, full.locate(p).column])
  }
}

const all = files()
const yamlOf = (f: { path: string; text: string }): string | undefined =>
  /\.md$/i.test(f.path) ? findFrontMatter(f.text)?.body : f.text

// `{{ card_data }}` is a flow mapping used as a key: the yaml library and js-yaml name such keys differently.
const TEMPLATES = [
  '__tests__/fixtures/standards/huggingface-hub-docs/spec__datasetcard-metadata.md',
  '__tests__/fixtures/standards/huggingface-hub/card__sample_template.md',
  '__tests__/fixtures/standards/huggingface-hub/template__datasetcard_template.md',
  '__tests__/fixtures/standards/huggingface-hub/template__modelcard_template.md'
]

describe.each([
  {
    door: 'the block reader',
    parse: blockParse,
    // `{card_data}` and `{task_id}` are flow mappings of a key without a value: the block reader hands them on.
    declines: [
      ...TEMPLATES,
      '__tests__/fixtures/standards/huggingface-hub-docs/spec__eval_results.yaml',
      '__tests__/fixtures/standards/huggingface-hub/card__sample_datasetcard_template.md'
    ].sort()
  },
  { door: 'js-yaml with positions', parse: fastParse, declines: TEMPLATES }
])('$door against the full parser', ({ parse, declines }) => {
  it('reads every valid fixture but the ones listed', () => {
    const declined = all.filter((f) => {
      const yaml = yamlOf(f)
      return yaml !== undefined && fullParse(yaml, 0, false, noPos).errors.length === 0 && !parse(yaml)
    })
    expect(declined.map((f) => f.path)).toEqual(declines)
  })

  it.each(all.map((f) => [f.path, f] as const))('%s: same data, same positions', (_, f) => {
    const yaml = yamlOf(f)
    const read = yaml === undefined ? undefined : parse(yaml)
    if (yaml !== undefined && read) expectAgreement(read, yaml)
  })
})

describe('parseSource', () => {
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

describe('what both fast doors hand on', () => {
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
    expect(blockParse(text)).toBeUndefined()
  })

  it.each([
    ['dashes inside values and a document marker', '---\na: x - y\nb: -1\nc:\n  - -x\n  - "- - z"\n'],
    ['a question mark in prose', 'description: what? nothing\n'],
    ['a plain sequence', 'a:\n  - x\n  - y\n']
  ])('not %s', (_, text) => {
    expect(fastParse(text)).toBeDefined()
    expectAgreement(blockParse(text)!, text)
  })
})

describe('what the block reader hands on', () => {
  it.each([
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a tab in a block document', 'a: x\tb\n'],
    ['a CR without a LF', 'a: 1\rb: 2\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a key the yaml library renames', '1.0: x\n'],
    ['a null key', '~: x\n'],
    ['a flow key without a value', 'a: {b}\n'],
    ['a control character', 'a: x\x07\n'],
    ['a byte-order mark inside the text', 'a: x\uFEFF\n'],
    ['a lone surrogate', 'a: x\uD800\n'],
    ['a scalar at the root', 'just text\n'],
    ['an empty text', ''],
    ['a key longer than 1024 characters', `${'k'.repeat(1025)}: 1\n`],
    [
      'nesting deeper than 64',
      `${Array.from({ length: 65 }, (_, d) => `${'  '.repeat(d)}k:`).join('\n')} 1\n`
    ],
    ['an error', 'a: "open\n']
  ])('%s', (_, text) => {
    expect(blockParse(text)).toBeUndefined()
  })

  it('reads the deepest nesting it allows', () => {
    const text = `${Array.from({ length: 64 }, (_, d) => `${'  '.repeat(d)}k:`).join('\n')} 1\n`
    expectAgreement(blockParse(text)!, text)
  })
})

describe('what the block reader reads as the full parser does', () => {
  it.each([
    [
      'CRLF line ends, offsets in the original text',
      'a: 1\r\nb:\r\n  - x\r\n  - |\r\n    y\r\n    z\r\nc: d\r\n'
    ],
    ['JSON indented with tabs', '{\n\t"a": [1,\n\t\t2],\n\t"b": {"c": "d"}\n}\n'],
    ['a flow sequence over lines', 'a: [x,\n  y, {z: 1}]\nb: 2\n'],
    ['literal and folded scalars with every chomping', 'a: |-\n  x\n\nb: >+\n  y\n  z\n\nc: >\n  p\n\n  q\n'],
    ['a block scalar at the end of a text without a line end', 'a: |\n  x'],
    ['whitespace-only lines inside a literal scalar', 'a: |\n  x\n     \n  y\n'],
    ['double-quoted escapes and a folded line', 'a: "\\u00e9\\x41\\t\\\n  b"\nb: "one\n  two"\n'],
    ['single quotes over lines', "a: 'it''s\n\n  here'\n"],
    ['plain scalars over lines with comments between keys', 'a: one\n  two\n# note\nb: three # end\n'],
    [
      'core-schema scalars',
      'a: -0\nb: 0o17\nc: 0x1F\nd: .inf\ne: 1e3\nf: ~\ng: yes\nh: 2024-01-01\ni: TRUE\n'
    ],
    ['items of mappings at the key indentation', 'a:\n- b: 1\n  c: 2\n- d\n'],
    ['a quoted key with an adjacent colon in flow', '{"a":1, "b" : [2]}\n']
  ])('%s', (_, text) => {
    const read = blockParse(text)
    expect(read).toBeDefined()
    expectAgreement(read!, text)
  })

  it('counts offsets after CRLF line ends in the original text', () => {
    const text = 'a: 1\r\nb:\r\n  - x\r\n'
    expect(blockParse(text)!.offsetOf(['b', 0])).toBe(text.indexOf('x'))
  })
})
