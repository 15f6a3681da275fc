// Both fast doors against the full parser on generated YAML: whenever a door and the full parser read a text, they
// agree on the data and on every position; texts the full parser refuses are counted, not compared (the js-yaml door
// may be more lenient, as PyYAML and js-yaml are; the block reader must not be, which the last test holds).
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { JsonPath } from '../../src/vocabulary.js'
import { blockParse } from '../../src/parse/block.js'
import { fastParse } from '../../src/parse/fast.js'
import { fullParse } from '../../src/parse/source.js'
import { runs } from '../helpers/fuzz.js'

const KEYS = ['id', 'owner', 'schema', 'name', 'version', '"quoted"', "'single'", 'a b', 'x-y', 'true', '1']
const SCALARS = [
  '|\n  line one\n  line two',
  '|\n  # a heading, not a comment\n\n  text',
  '|+\n  kept\n',
  '|\n  x\n    \n  y',
  '>-\n  folded\n  text',
  '"multi\n  line"',
  'plain\n  continued',
  '[a, {b: c}, [d]]',
  '{ x: [1, 2], y: "z" }',
  '[x,\n  y]',
  '{}',
  '[]',
  'value   # trailing comment',
  '"a\\\n  b"',
  'x',
  '1',
  '-0',
  '0o17',
  '0x1F',
  '1e3',
  '.5',
  'true',
  'null',
  '~',
  '',
  '"a\\"b"',
  "'it''s'",
  'a: b',
  '#',
  '[1, 2]',
  '{a: 1}',
  'yes',
  '2024-01-01'
]

/** A block mapping of the given pairs, one key a line, nested blocks indented under their key. */
const mappingLines = (pairs: [string, string[]][]): string[] =>
  [...new Map(pairs).entries()].flatMap(([k, v]) =>
    v.length === 1 && !v[0].startsWith(' ') && !v[0].startsWith('-')
      ? [`${k}: ${v[0]}`.trimEnd()]
      : [`${k}:`, ...v.map((l) => `  ${l}`)]
  )

/** Block YAML as contracts are written: a mapping of scalars, mappings and sequences, with comments and blank lines. */
const yamlTree: fc.Arbitrary<string> = fc
  .letrec<{ node: string[]; root: string[] }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...SCALARS).map((s) => [s]),
      fc
        .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 })
        .map(mappingLines),
      fc
        .array(tie('node'), { minLength: 1, maxLength: 3 })
        .map((items) => items.flatMap((v) => [`- ${v[0]}`.trimEnd(), ...v.slice(1).map((l) => `  ${l}`)]))
    ),
    root: fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 5 })
      .map(mappingLines)
  }))
  .root.chain((lines) =>
    fc
      .array(fc.constantFrom('', '# note', '  # indented note'), { maxLength: lines.length })
      .map((extra) => lines.flatMap((l, i) => (i < extra.length ? [l, extra[i]] : [l])).join('\n') + '\n')
  )

function paths(data: unknown, base: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [base]
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...base, i])))
  else if (data !== null && typeof data === 'object')
    for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...base, k]))
  return out
}

const DOORS = [
  { door: 'the block reader', parse: blockParse },
  { door: 'js-yaml with positions', parse: fastParse }
]

describe.each(DOORS)('$door on generated YAML', ({ parse }) => {
  it('agrees with the full parser on data and positions wherever both read the text', () => {
    let compared = 0
    fc.assert(
      fc.property(yamlTree, (yaml) => {
        const fast = parse(yaml)
        const full = fullParse(yaml, 0, false, (o) => ({ line: 0, column: o }))
        if (!fast || full.errors.length > 0) return
        compared++
        expect(fast.data).toEqual(full.data)
        for (const p of paths(full.data)) {
          const offset = fast.offsetOf(p)
          if (offset !== undefined) expect([p, offset]).toEqual([p, full.locate(p).column])
        }
      }),
      { numRuns: runs(1500) }
    )
    // Most generated texts are not YAML at all (a nested block under a scalar's key); a tenth is plenty compared.
    expect(compared).toBeGreaterThan(runs(1500) / 10)
  })
})

/** Pieces of every YAML construct, joined at random: mostly invalid, sometimes a document both parsers read. */
const FRAGMENTS = [
  'key: ',
  'a: 1\n',
  '- ',
  '  ',
  '\n',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ': ',
  '"',
  "'",
  '#',
  '|\n',
  '>\n',
  'x',
  '---\n',
  '...\n',
  '\t',
  '\r\n',
  '?',
  '  - ',
  '|-\n',
  '>+\n',
  '"\\u00e9"',
  '\t"k": 1',
  '   \n',
  '-1',
  '0x1F',
  'null'
]

describe.each(DOORS)('$door on generated fragments', ({ parse }) => {
  it('agrees with the full parser wherever both read the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (parts) => {
        const yaml = parts.join('')
        const fast = parse(yaml)
        const full = fullParse(yaml, 0, false, (o) => ({ line: 0, column: o }))
        if (!fast || full.errors.length > 0) return
        expect(fast.data).toEqual(full.data)
        for (const p of paths(full.data)) {
          const offset = fast.offsetOf(p)
          if (offset !== undefined) expect([p, offset]).toEqual([p, full.locate(p).column])
        }
      }),
      { numRuns: runs(1500) }
    )
  })
})

describe('the block reader on generated fragments and trees', () => {
  it('reads nothing the full parser refuses', () => {
    const texts = fc.oneof(
      yamlTree,
      fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''))
    )
    fc.assert(
      fc.property(texts, (yaml) => {
        if (fullParse(yaml, 0, false, (o) => ({ line: 0, column: o })).errors.length > 0)
          expect(blockParse(yaml)).toBeUndefined()
      }),
      { numRuns: runs(3000) }
    )
  })
})
