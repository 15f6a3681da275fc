// Property tests of the escaping guarantee: whatever a pull request puts in any field a renderer writes, the Markdown
// (read back with a real CommonMark + GFM parser) has no HTML but our own tags, no link but the `link` option's, no
// live mention or reference, only well-formed tables and no workflow-command line; the terminal text has no control
// or bidi character but our own colours. `npm run fuzz` runs them with FUZZ_RUNS cases each.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { itemIds } from '../../src/checks/index.js'
import { buildReport } from '../../src/core/engine.js'
import type { Change, ContractChanges, FileReport, Finding, Report } from '../../src/vocabulary.js'
import type { ComparedContracts } from '../../src/diff/compare.js'
import { renderChangelog } from '../../src/diff/render.js'
import { codeSpan, markdownText, messageMarkdown, terminalText, utf8Length } from '../../src/report/escape.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'
import { runs } from '../helpers/fuzz.js'
import { markdownProblems, nodesOf, parseGfm, plainText, REPORT_HTML } from '../helpers/markdown.js'

/** Pieces that mean something to Markdown, GitHub, a terminal or the Actions runner. */
const DANGEROUS = [
  '<',
  '>',
  '<!--',
  '-->',
  '<details open>',
  '<img src=x onerror=alert(1)>',
  '<https://x.y>',
  '<a@b.co>',
  '</sub>',
  '<br>',
  '@',
  '@acme/data-team',
  '@user',
  ' @a',
  '#1',
  '#123',
  'GH-12',
  'gh-7',
  'owner/repo#12',
  'user/repo@abc1234',
  '[a](http://x)',
  '![i](x)',
  '[x]: http://y',
  '[^1]',
  ']',
  '(',
  ')',
  'https://x.y',
  'http://a.b/c',
  'HTTPS://X.Y',
  'www.x.y',
  'WWW.X.Y',
  'a@b.co',
  'mailto:a@b.co',
  '`',
  '``',
  '```',
  '|',
  '\\|',
  '\\\\|',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '::error::x',
  '::set-output name=x::y',
  '  ::warning::',
  '\\',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '$',
  '$$',
  '&',
  '&lt;',
  '&#64;',
  '&#x40;',
  ' ',
  '    ',
  '\t',
  '-',
  '- ',
  '+ ',
  '=',
  '===',
  '---',
  '1. ',
  '1) ',
  '# ',
  '> ',
  ':',
  '//',
  '\u0000',
  '\u001b[31m',
  '\u001b]8;;http://x\u0007',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u00a0',
  'é',
  '😀',
  '\ud800',
  'x',
  'a',
  '1'
]

const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 4 })), { maxLength: 10 })
      .map((parts) => parts.join(''))
  }
)

const finding = (path: string): fc.Arbitrary<Finding> =>
  fc.record(
    {
      item: fc.oneof(fc.constantFrom(...itemIds), hostile),
      severity: fc.constantFrom('error', 'warning', 'notice'),
      status: fc.constantFrom('missing', 'invalid'),
      message: hostile,
      path: fc.constant(path),
      line: fc.integer({ min: 1, max: 100_000 }),
      column: fc.integer({ min: 1, max: 500 }),
      waived: fc.record(
        { item: fc.constantFrom(...itemIds), by: hostile, reason: hostile, path: hostile },
        { requiredKeys: ['item', 'by', 'reason'] }
      )
    },
    { requiredKeys: ['item', 'severity', 'status', 'message', 'path', 'line', 'column'] }
  )

const value: fc.Arbitrary<unknown> = fc.oneof(
  hostile,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostile, { maxLength: 3 }),
  fc.dictionary(hostile, hostile, { maxKeys: 2 })
)

const change: fc.Arbitrary<Change> = fc.record(
  {
    rule: hostile,
    level: fc.constantFrom('error', 'warning', 'info'),
    path: hostile,
    old: value,
    new: value,
    message: hostile,
    line: fc.integer({ min: 1, max: 100_000 }),
    baseLine: fc.integer({ min: 1, max: 100_000 })
  },
  { requiredKeys: ['rule', 'level', 'path', 'message'] }
)

const changes: fc.Arbitrary<ContractChanges> = fc.record(
  {
    basePath: hostile,
    baseVersion: hostile,
    headVersion: hostile,
    bump: fc.constantFrom('major', 'minor', 'patch', 'prerelease', 'none', 'backwards', 'not-comparable'),
    changes: fc.array(change, { maxLength: 3 }),
    verdict: fc.constantFrom('breaking', 'compatible', 'unchanged')
  },
  { requiredKeys: ['bump', 'changes', 'verdict'] }
)

const fileReport: fc.Arbitrary<FileReport> = hostile.chain((path) =>
  fc.record(
    {
      path: fc.constant(path),
      kind: fc.constantFrom('contract', 'model-card', 'unknown'),
      standard: fc.constantFrom(
        'odcs',
        'dcs',
        'handoff-contract',
        'handoff-model-card',
        'huggingface',
        'model-card-toolkit',
        'unknown'
      ),
      standardVersion: hostile,
      findings: fc.array(finding(path), { maxLength: 3 }),
      changes
    },
    { requiredKeys: ['path', 'kind', 'standard', 'findings'] }
  )
)

const report: fc.Arbitrary<Report> = fc.array(fileReport, { maxLength: 3 }).map(buildReport)

const LINKS = 'https://links.example/'
/** The checklist's cells, which link to the finding they stand for. */
const CELLS = ['❌', '⚠️', 'ℹ️', '🙈']
const link = (path: string, line: number): string => `${LINKS}blob/${path}#L${line}`
const OWN = {
  html: REPORT_HTML,
  blocks: ['heading', 'paragraph', 'blockquote', 'table', 'tableRow', 'tableCell']
}

describe('renderMarkdown on hostile reports', () => {
  it('makes no HTML, link, image, mention or reference from input, and every table row is whole', () => {
    fc.assert(
      fc.property(
        report,
        fc.boolean(),
        fc.array(hostile, { maxLength: 3 }),
        fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
        (r, linked, notes, maxBytes) => {
          const md = renderMarkdown(r, {
            link: linked ? link : undefined,
            notes,
            maxBytes,
            truncatedNote: 'The [job summary](https://links.example/run) has the full report.'
          })
          const tree = parseGfm(md)
          expect(
            markdownProblems(
              md,
              { ...OWN, linkPrefix: LINKS, anchorPrefix: '#handoff-', linkTexts: ['job summary', ...CELLS] },
              tree
            )
          ).toEqual([])
          if (maxBytes !== undefined) expect(utf8Length(md)).toBeLessThanOrEqual(maxBytes)
          // Each file heading is our anchor and exactly one code span showing the path as it is.
          const paths = new Set(r.files.map((f) => terminalText(f.path) || ' '))
          for (const heading of nodesOf(tree, 'heading').filter((h) => h.depth === 3)) {
            expect(heading.children?.map((c) => c.type)).toEqual(['html', 'html', 'inlineCode'])
            expect(paths.has(heading.children![2].value!)).toBe(true)
          }
          // The checklist has a row per file (all of them unless the size limit cut it), as wide as its header.
          const checklist = nodesOf(tree, 'table').filter((t) =>
            /^(Data contract|Model card|Other file)$/.test(plainText(t.children![0].children![0]))
          )
          const rows = checklist.reduce((n, t) => n + t.children!.length - 1, 0)
          if (maxBytes === undefined) expect(rows).toBe(r.files.length)
          else expect(rows).toBeLessThanOrEqual(r.files.length)
        }
      ),
      { numRuns: runs(1200) }
    )
  })
})

describe('renderText on hostile reports', () => {
  it('has no control, bidi or C1 character but our own colours, and no workflow-command line', () => {
    fc.assert(
      fc.property(report, fc.boolean(), fc.array(hostile, { maxLength: 3 }), (r, color, notes) => {
        const text = renderText(r, { color, notes })
        // eslint-disable-next-line no-control-regex -- our own colours are ESC [ n m
        const ours = text.replace(/\u001b\[\d+m/g, '')
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(ours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
        for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
      }),
      { numRuns: runs(3000) }
    )
  })
})

describe('renderChangelog on hostile changes', () => {
  it('markdown is as safe as the report, text as clean as the text report', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        changes,
        fc.array(hostile.chain(finding), { maxLength: 2 }),
        (basePath, headPath, c, findings) => {
          const log = {
            basePath,
            headPath,
            compared: { changes: c, reports: [] } as ComparedContracts,
            findings
          }
          const md = renderChangelog(log, 'markdown')
          const tree = parseGfm(md)
          expect(
            markdownProblems(md, { html: [], blocks: [...OWN.blocks, 'list', 'listItem'] }, tree)
          ).toEqual([])
          const lists = nodesOf(tree, 'listItem')
          expect(lists).toHaveLength(findings.length)
          const text = renderChangelog(log, 'text')
          // eslint-disable-next-line no-control-regex -- finding control characters is the point
          expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
          for (const line of text.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
        }
      ),
      { numRuns: runs(600) }
    )
  })
})

describe('the escaping functions keep the text', () => {
  it('markdownText renders as the text itself, in a paragraph and in a table cell', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const expected = terminalText(s).replace(/\u200b/g, '')
        const md = markdownText(s)
        const paragraph = parseGfm(`x ${md} x`)
        expect(markdownProblems(`x ${md} x`, OWN, paragraph)).toEqual([])
        expect(plainText(paragraph)).toBe(`x ${expected} x`)
        const table = parseGfm(`| a | b |\n|---|---|\n| x ${md} x | y |`)
        const [, row] = nodesOf(table, 'tableRow')
        expect(row.children).toHaveLength(2)
        expect(plainText(row.children![0])).toBe(`x ${expected} x`)
      }),
      { numRuns: runs(1500) }
    )
  })

  it('codeSpan shows the text as it is, in a paragraph and in a table cell', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const shown = terminalText(s)
        const [code] = nodesOf(parseGfm(`x ${codeSpan(s)} x`), 'inlineCode')
        expect(code.value).toBe(shown === '' ? ' ' : shown)
        const row = nodesOf(
          parseGfm(`| a | b |\n|---|---|\n| ${codeSpan(s, { table: true })} | y |`),
          'tableRow'
        )[1]
        expect(row.children).toHaveLength(2)
        expect(row.children![0].children?.map((c) => c.type)).toEqual(['inlineCode'])
        expect(plainText(row.children![0])).toBe(shown === '' ? ' ' : shown.replace(/\u200b/g, ''))
      }),
      { numRuns: runs(1500) }
    )
  })

  it('messageMarkdown keeps the words of a message and makes nothing live', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const table = `| a |\n|---|\n| x ${messageMarkdown(s, { table: true })} x |`
        const tree = parseGfm(table)
        expect(markdownProblems(table, OWN, tree)).toEqual([])
        expect(plainText(tree).replace(/^a/, '')).toBe(
          `x ${terminalText(s)
            .replace(/\u200b/g, '')
            .replace(/`([^`]+)`/g, '$1')} x`
        )
      }),
      { numRuns: runs(1000) }
    )
  })

  it('utf8Length is the UTF-8 size GitHub measures', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), hostile, (a, b) => {
        expect(utf8Length(a + b)).toBe(Buffer.byteLength(a + b))
      }),
      { numRuns: runs(1000) }
    )
  })
})
