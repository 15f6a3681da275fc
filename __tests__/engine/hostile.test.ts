// Whatever lands in a file named like a contract or model card, the engine reports and never throws: every finding
// is on a real position, of a known item, with a message. Resource-exhaustion YAML is a parse error, not a hang.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { itemById } from '../../src/checks/index.js'
import type { SourceFile } from '../../src/vocabulary.js'
import { checkAll, findingsWithMessages } from '../helpers/check.js'
import { runs } from '../helpers/fuzz.js'

const NAMES = [
  'contracts/orders.odcs.yaml',
  'contracts/customers.datacontract.yaml',
  'contracts/returns.contract.yml',
  'models/churn/MODEL_CARD.md',
  'models/router/README.md',
  'models/fraud/fraud.modelcard.yaml',
  'models/cats/model_card.json'
]

// Fragments of every format, so generated text often gets past detection and into the mappers and items.
const FRAGMENTS = [
  '---\n',
  'apiVersion: v3.1.0\n',
  'kind: DataContract\n',
  'apiVersion: handoff-check/v1\n',
  'kind: HandoffContract\n',
  'kind: ModelCard\n',
  'dataContractSpecification: 1.2.1\n',
  'model-index:\n',
  'library_name: x\n',
  '{"model_details": ',
  'handoff:\n',
  'schema:\n',
  'models:\n',
  'owner: ',
  'freshness: ',
  '  - ',
  '    ',
  ': ',
  '&a ',
  '*a ',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '\t',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '# ',
  '!!binary ',
  '? ',
  '|\n'
]

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((parts) => parts.join(''))
)

describe('checkFiles on hostile input', () => {
  it('never throws; every finding has a known item, a position from 1 and a message', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...NAMES), text, fc.boolean()), { maxLength: 4 }),
        (files) => {
          const sources: SourceFile[] = files.map(([path, t, explicit], i) => ({
            path: `${i}/${path}`,
            text: t,
            explicit
          }))
          const report = checkAll(sources)
          for (const file of report.files) {
            for (const f of file.findings) {
              expect(itemById.has(f.item)).toBe(true)
              expect(f.line).toBeGreaterThanOrEqual(1)
              expect(f.column).toBeGreaterThanOrEqual(1)
              expect(Number.isInteger(f.line) && Number.isInteger(f.column)).toBe(true)
              expect(f.message.trim()).not.toBe('')
              expect(f.message).not.toMatch(/\{\{\s*\w+\s*\}\}/)
            }
          }
          // A file named explicitly is always in the report.
          for (const s of sources.filter((x) => x.explicit))
            expect(report.files.some((f) => f.path === s.path)).toBe(true)
        }
      ),
      { numRuns: runs(300) }
    )
  })
})

describe('resource exhaustion', () => {
  const laughs = [
    'apiVersion: handoff-check/v1',
    'kind: HandoffContract',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
    'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ''
  ].join('\n')

  it('an alias bomb (billion laughs) is a file.parse error', () => {
    const found = findingsWithMessages('bomb.contract.yaml', laughs)
    expect(found.map(([item, status, , line, column]) => [item, status, line, column])).toEqual([
      ['file.parse', 'invalid', 1, 1]
    ])
    expect(found[0][5]).toMatch(/^The file cannot be parsed: Excessive alias count/)
  })

  // The parser runs out of stack past a few hundred levels, where depends on the stack left; src/parse/source.ts refuses
  // more than MAX_DEPTH (100) levels first, so the report is the same on every run: on the first collection past it.
  it.each([
    ['flow', `schema: ${'['.repeat(5000)}${']'.repeat(5000)}`, 3, 108],
    [
      'block',
      `schema:\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')}`,
      103,
      201
    ]
  ])('%s nesting thousands deep is one file.parse error, not a crash', (_, body, line, column) => {
    const text = `apiVersion: handoff-check/v1\nkind: HandoffContract\n${body}\n`
    expect(findingsWithMessages('deep.contract.yaml', text)).toEqual([
      [
        'file.parse',
        'invalid',
        'error',
        line,
        column,
        'The file cannot be parsed: Nested too deeply (more than 100 levels). Fix the YAML at this line; the other files are still checked.'
      ]
    ])
  })
})
