import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { validateXML } from 'xmllint-wasm'
import { allItems } from '../../src/checks/index.js'
import { buildReport } from '../../src/core/engine.js'
import type { FileReport, Finding, Report } from '../../src/vocabulary.js'
import { renderJunit } from '../../src/report/junit.js'
import { runs } from '../helpers/fuzz.js'
import { runExamples } from './run-examples.js'
import { sampleReport } from './sample-report.js'

// The Ant/Jenkins JUnit schema (a strict subset of the Jenkins xUnit plugin's junit-10.xsd; see its header).
const XSD = readFileSync(new URL('./schemas/junit.xsd', import.meta.url), 'utf8')

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: 'report.xml', contents: xml },
    schema: { fileName: 'junit.xsd', contents: XSD }
  })
  return result.errors.map((e) => e.message)
}

const at = (path: string, item: string, rest: Partial<Finding>): Finding => ({
  item,
  severity: 'error',
  status: 'missing',
  message: `${item} is missing.`,
  path,
  line: 3,
  column: 1,
  ...rest
})

const parseError: FileReport = {
  path: 'data/broken.yaml',
  kind: 'unknown',
  standard: 'unknown',
  findings: [
    at('data/broken.yaml', 'file.parse', {
      status: 'invalid',
      message: 'The file cannot be parsed: bad indentation.',
      line: 4,
      column: 2
    })
  ]
}

const contract = (path: string, findings: Finding[], rest: Partial<FileReport> = {}): FileReport => ({
  path,
  kind: 'contract',
  standard: 'odcs',
  findings,
  ...rest
})

/** The lines of one test case, from its opening tag to its end. */
function testCase(xml: string, suite: string, name: string): string[] {
  const lines = xml.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`    <testcase name="${name}" classname="${suite}"`))
  if (start < 0) return []
  const end = lines[start].endsWith('/>') ? start : lines.indexOf('    </testcase>', start)
  return lines.slice(start, end + 1).map((l) => l.trim())
}

const suiteLine = (xml: string, name: string) =>
  xml.split('\n').find((l) => l.startsWith(`  <testsuite name="${name}"`))

describe('renderJunit', () => {
  it('is valid JUnit XML, and the schema rejects what readers would', async () => {
    expect(await schemaErrors(renderJunit(sampleReport()))).toEqual([])
    expect(await schemaErrors(renderJunit(buildReport([])))).toEqual([])
    expect(
      await schemaErrors(renderJunit({ ...buildReport([parseError]), incomplete: 'Too many files' }))
    ).toEqual([])
    // Not a formality: a count that is not a number, a case without its class, two results in one case.
    const xml = renderJunit(buildReport([parseError]))
    expect(await schemaErrors(xml.replace('tests="3"', 'tests="three"'))).not.toEqual([])
    expect(await schemaErrors(xml.replace(' classname="data/broken.yaml"', ''))).not.toEqual([])
    expect(await schemaErrors(xml.replace('</failure>', '</failure><skipped/>'))).not.toEqual([])
    // And it parses: a raw control character, as an unescaped message would carry it, is not XML.
    expect(await schemaErrors(xml.replace('bad indentation', 'bad \u0001'))).not.toEqual([])
  })

  it('writes one suite per file and one case per checked item, failing on errors', () => {
    expect(renderJunit(buildReport([parseError]))).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="handoff-check" tests="3" failures="1" errors="0" time="0">',
        '  <testsuite name="data/broken.yaml" tests="3" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="file.parse" classname="data/broken.yaml" file="data/broken.yaml" line="4" time="0">',
        '      <failure message="The file cannot be parsed: bad indentation." type="invalid">data/broken.yaml:4:2: error The file cannot be parsed: bad indentation.</failure>',
        '    </testcase>',
        '    <testcase name="file.schema" classname="data/broken.yaml" file="data/broken.yaml" time="0"/>',
        '    <testcase name="file.standard-version" classname="data/broken.yaml" file="data/broken.yaml" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
    expect(renderJunit(buildReport([]))).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="handoff-check" tests="0" failures="0" errors="0" time="0">',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })

  it('lists the items of each kind, the compared ones only for a compared contract', () => {
    const xml = renderJunit(sampleReport())
    const names = (suite: string) =>
      [...xml.matchAll(new RegExp(`<testcase name="([^"]+)" classname="${suite}"`, 'g'))].map((m) => m[1])
    const ids = (kind: string) =>
      allItems.filter((i) => i.appliesTo === 'file' || i.appliesTo === kind).map((i) => i.id)
    const compared = ['contract.breaking-change', 'contract.version-bump']
    // contract.downstream is a case only where the dependents were looked up (the file has `downstream`).
    expect(names('contracts/orders.odcs.yaml')).toEqual(
      ids('contract').filter((id) => id !== 'contract.downstream')
    )
    expect(ids('contract')).toEqual(expect.arrayContaining(compared))
    const notLooked = [...compared, 'contract.downstream']
    expect(names('contracts/users.datacontract.yaml')).toEqual(
      ids('contract').filter((id) => !notLooked.includes(id))
    )
    expect(names('models/churn/MODEL_CARD.md')).toEqual(
      ids('model-card').filter((id) => !notLooked.includes(id))
    )
    expect(xml).toContain('<testsuites name="handoff-check" tests="33" failures="1" errors="0" time="0">')
    expect(suiteLine(xml, 'contracts/orders.odcs.yaml')).toBe(
      '  <testsuite name="contracts/orders.odcs.yaml" tests="9" failures="1" errors="0" skipped="1" time="0">'
    )
  })

  it('skips a waived item and lists warnings and notices in a passing case', () => {
    const xml = renderJunit(sampleReport())
    expect(testCase(xml, 'contracts/orders.odcs.yaml', 'contract.freshness')).toEqual([
      '<testcase name="contract.freshness" classname="contracts/orders.odcs.yaml" file="contracts/orders.odcs.yaml" line="12" time="0">',
      '<skipped message="Waived by @lead: batch feed weekly"/>',
      '<system-out>contracts/orders.odcs.yaml:12:3: error No freshness: add an slaProperties entry. (waived by @lead: batch feed weekly)</system-out>',
      '</testcase>'
    ])
    expect(testCase(xml, 'models/churn/MODEL_CARD.md', 'evaluation.baseline')).toEqual([
      '<testcase name="evaluation.baseline" classname="models/churn/MODEL_CARD.md" file="models/churn/MODEL_CARD.md" line="9" time="0">',
      '<system-out>models/churn/MODEL_CARD.md:9:7: warning roc_auc 0.80 does not beat its baseline 0.82.</system-out>',
      '</testcase>'
    ])
    expect(testCase(xml, 'models/churn/MODEL_CARD.md', 'model.owner')).toEqual([
      '<testcase name="model.owner" classname="models/churn/MODEL_CARD.md" file="models/churn/MODEL_CARD.md" time="0"/>'
    ])
  })

  it('lists every finding of a failing item, the failure message being the first that fails', () => {
    const path = 'contracts/a.odcs.yaml'
    const file = contract(path, [
      at(path, 'contract.schema', { severity: 'warning', message: 'Field `x` has no type.', line: 5 }),
      at(path, 'contract.schema', { status: 'invalid', message: 'Field `y` has type `blob`.', line: 7 }),
      at(path, 'contract.schema', { message: 'Field `z` has no type.', line: 9, column: 4 })
    ])
    expect(testCase(renderJunit(buildReport([file])), path, 'contract.schema')).toEqual([
      `<testcase name="contract.schema" classname="${path}" file="${path}" line="5" time="0">`,
      `<failure message="Field \`y\` has type \`blob\`." type="invalid">${path}:5:1: warning Field \`x\` has no type.`,
      `${path}:7:1: error Field \`y\` has type \`blob\`.`,
      `${path}:9:4: error Field \`z\` has no type.</failure>`,
      '</testcase>'
    ])
  })

  it('does not fail on a pre-existing error under gate: new, and says it is pre-existing', () => {
    const path = 'contracts/a.odcs.yaml'
    const file = contract(path, [at(path, 'contract.owner', { origin: 'pre-existing' })])
    const xml = renderJunit(buildReport([file], 'new'))
    expect(testCase(xml, path, 'contract.owner')).toEqual([
      `<testcase name="contract.owner" classname="${path}" file="${path}" line="3" time="0">`,
      `<system-out>${path}:3:1: error contract.owner is missing. (pre-existing)</system-out>`,
      '</testcase>'
    ])
    expect(testCase(renderJunit(buildReport([file])), path, 'contract.owner')[1]).toBe(
      `<failure message="contract.owner is missing." type="missing">${path}:3:1: error contract.owner is missing. (pre-existing)</failure>`
    )
  })

  it('skips the items it could not check: a file of an unread version, a removed contract', () => {
    const path = 'contracts/a.odcs.yaml'
    const unread = contract(path, [
      at(path, 'file.standard-version', { status: 'invalid', message: 'ODCS v9 is not read.' })
    ])
    const xml = renderJunit(buildReport([unread]))
    expect(testCase(xml, path, 'contract.owner')).toEqual([
      `<testcase name="contract.owner" classname="${path}" file="${path}" time="0">`,
      '<skipped message="Not checked: the file cannot be read as its standard (see file.parse or file.standard-version)."/>',
      '</testcase>'
    ])
    expect(testCase(xml, path, 'file.schema')).toEqual([
      `<testcase name="file.schema" classname="${path}" file="${path}" time="0"/>`
    ])
    expect(suiteLine(xml, path)).toBe(
      `  <testsuite name="${path}" tests="7" failures="1" errors="0" skipped="4" time="0">`
    )

    const removed = contract(
      path,
      [at(path, 'contract.breaking-change', { message: 'The contract is removed.' })],
      {
        changes: {
          bump: 'not-comparable',
          verdict: 'breaking',
          changes: [{ rule: 'contract-removed', level: 'error', path: 'a', message: 'Contract removed' }]
        }
      }
    )
    const gone = renderJunit(buildReport([removed]))
    expect(testCase(gone, path, 'contract.breaking-change')[1]).toBe(
      `<failure message="The contract is removed." type="missing">${path}:3:1: error The contract is removed.</failure>`
    )
    expect(testCase(gone, path, 'contract.version-bump')).toEqual([
      `<testcase name="contract.version-bump" classname="${path}" file="${path}" time="0"/>`
    ])
    expect(testCase(gone, path, 'file.schema')[1]).toBe(
      '<skipped message="Not checked: the change deletes this contract, so only its removal is reported."/>'
    )
    expect(suiteLine(gone, path)).toBe(
      `  <testsuite name="${path}" tests="9" failures="1" errors="0" skipped="7" time="0">`
    )
  })

  it('leaves out items the run did not check, and adds items only the findings name', () => {
    const path = 'contracts/a.odcs.yaml'
    const file = contract(path, [at(path, 'contract.lineage', { severity: 'notice' })])
    const xml = renderJunit(buildReport([file]), { items: ['contract.owner', 'file.parse'] })
    expect([...xml.matchAll(/<testcase name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'contract.owner',
      'file.parse',
      'contract.lineage'
    ])
  })

  it('fails an incomplete check in a suite of its own', () => {
    const report: Report = {
      ...buildReport([]),
      result: 'fail',
      incomplete: 'The pull request has too many files'
    }
    expect(renderJunit(report)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="handoff-check" tests="1" failures="1" errors="0" time="0">',
        '  <testsuite name="handoff-check" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase name="report.complete" classname="handoff-check" time="0">',
        '      <failure message="The pull request has too many files">The pull request has too many files</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })

  it('escapes markup, quotes, control and bidi characters and lone surrogates from the files', async () => {
    const path = `a&b/<x> "q" 'y'.odcs.yaml`
    const file = contract(path, [
      at(path, 'contract.owner', {
        message: 'Owner `</failure><x>` is \u001b[31mred\u202e\nnext\r\n\ud800 & done ]]>',
        waived: undefined
      })
    ])
    const xml = renderJunit(buildReport([file]))
    expect(await schemaErrors(xml)).toEqual([])
    const p = 'a&amp;b/&lt;x&gt; &quot;q&quot; &apos;y&apos;.odcs.yaml'
    const text = 'Owner `&lt;/failure&gt;&lt;x&gt;` is \\x1b[31mred\\u202e next \\ud800 &amp; done ]]&gt;'
    expect(testCase(xml, p, 'contract.owner')).toEqual([
      `<testcase name="contract.owner" classname="${p}" file="${p}" line="3" time="0">`,
      `<failure message="${text}" type="missing">${p.replace(/&apos;/g, "'").replace(/&quot;/g, '"')}:3:1: error ${text}</failure>`,
      '</testcase>'
    ])
  })
})

describe('renderJunit: any text from the files', () => {
  /** Text a file could carry: markup, quotes, entities, controls, bidi marks, lone surrogates, anything. */
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 24 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '<',
            '>',
            '&',
            '&amp;',
            '"',
            "'",
            ']]>',
            '</failure>',
            '\u0000',
            '\r\n',
            '\u202e',
            '\ud800',
            '\uffff'
          ),
          fc.string({ maxLength: 4 })
        ),
        { maxLength: 8 }
      )
      .map((parts) => parts.join(''))
  )
  const file = fc
    .record({
      path: hostile,
      message: hostile,
      by: hostile,
      reason: hostile,
      waive: fc.boolean(),
      item: hostile
    })
    .map(({ path, message, by, reason, waive, item }) =>
      contract(`c/${path}`, [
        at(path, 'contract.owner', {
          message,
          ...(waive ? { waived: { item: 'contract.owner', by, reason } } : {})
        }),
        at(path, `x.${item}`, { message, severity: 'warning' })
      ])
    )

  it('is always valid JUnit XML with one case per item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(file, { minLength: 1, maxLength: 4 }), async (files) => {
        const report = buildReport(files)
        const xml = renderJunit(report, { items: ['contract.owner'] })
        expect(await schemaErrors(xml)).toEqual([])
        expect(xml.match(/<testcase /g)?.length).toBe(files.length * 2)
      }),
      { numRuns: runs(10) }
    )
  })
})

describe('handoff-check --format junit on examples/', () => {
  it('fails one case per item and file with an error, as the JSON report counts them, and validates', async () => {
    const xml = await runExamples('junit')
    const json = JSON.parse((await runExamples('json')).out) as Report
    expect(xml.code).toBe(1)
    expect(await schemaErrors(xml.out)).toEqual([])
    const failing = new Set(
      json.files.flatMap((f) =>
        f.findings.filter((x) => x.severity === 'error').map((x) => `${f.path} ${x.item}`)
      )
    )
    const failed = [...xml.out.matchAll(/<testcase name="([^"]+)" classname="([^"]+)"[^>]*>\n\s*<failure /g)]
    expect(new Set(failed.map((m) => `${m[2]} ${m[1]}`))).toEqual(failing)
    expect(failing.size).toBeGreaterThan(0)
    expect(xml.out.match(/<testsuite /g)?.length).toBe(json.files.length)
  })
})
