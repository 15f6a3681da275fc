// What a change hides is reported, never dropped: a contract or model card that stops being one at the head, a file
// the adapter would not read, text that is not text. Both adapters reach these through compareFile/analyzeFile.
import { describe, expect, it } from '@jest/globals'
import { defaultConfig } from '../../src/config/defaults.js'
import { compareFile } from '../../src/core/compare.js'
import { analyzeFile } from '../../src/core/engine.js'
import { binary, formatBytes, formatLimit, notAFile, tooLarge } from '../../src/core/limits.js'
import type { FileReport } from '../../src/vocabulary.js'
import { MAX_NODES, parseSource } from '../../src/parse/source.js'

const ctx = { config: defaultConfig() }
const PATH = 'contracts/orders.odcs.yaml'
const ODCS = [
  'kind: DataContract',
  'apiVersion: v3.1.0',
  'id: orders',
  'version: 1.0.0',
  'status: active',
  'team:',
  '  - username: alice',
  '    role: owner',
  ''
].join('\n')
const UNRECOGNISED =
  'Not a data contract or model card handoff-check recognises: expected ODCS v3 (`kind: DataContract`), Data Contract Specification (`dataContractSpecification:`), a handoff-check contract (`kind: HandoffContract`) or model card (`kind: ModelCard`), a Hugging Face model card (Markdown front matter with a model card key such as `model-index:` or `library_name:`) or a Model Card Toolkit card (a .json file with `"model_details"`).'
const WAS = 'This was an ODCS v3.1.0 data contract at the base and is not one now: '
const CARD = [
  '---',
  'kind: ModelCard',
  'apiVersion: handoff-check/v1',
  'name: churn',
  '---',
  '# Churn',
  ''
].join('\n')

const parseFindings = (r: FileReport | undefined) =>
  r?.findings.filter((f) => f.item === 'file.parse').map((f) => [f.severity, f.line, f.column, f.message])

describe('compareFile: a contract at the base that the head hides', () => {
  it('an unrecognisable head (kind: DataContracts, apiVersion: v9) is a file.parse error naming what it was', () => {
    const head = ODCS.replace('kind: DataContract', 'kind: DataContracts').replace('v3.1.0', 'v9')
    expect(analyzeFile({ path: PATH, text: head }, ctx)).toBeUndefined()
    const report = compareFile(
      { base: { path: PATH, text: ODCS }, head: { path: PATH, text: head } },
      ctx
    )!.report
    expect(report).toMatchObject({ path: PATH, kind: 'contract', standard: 'odcs' })
    expect(parseFindings(report)).toEqual([['error', 1, 1, WAS + UNRECOGNISED]])
  })

  it('a head that no longer parses keeps its syntax error at its line, prefixed with what it was', () => {
    const head = ODCS.replace('id: orders', 'id: [orders')
    const report = compareFile(
      { base: { path: PATH, text: ODCS }, head: { path: PATH, text: head } },
      ctx
    )!.report
    expect(report).toMatchObject({ kind: 'contract', standard: 'odcs' })
    const findings = parseFindings(report)!
    expect(findings).toHaveLength(1)
    expect(findings[0].slice(0, 3)).toEqual(['error', 4, 1])
    expect(findings[0][3]).toMatch(
      /^This was an ODCS v3\.1\.0 data contract at the base and is not one now: The file cannot be parsed: /
    )
  })

  it('a head the adapter would not read (a symbolic link) says what the file was', () => {
    const head = { path: PATH, text: '', unreadable: notAFile('a symbolic link to `README.md`') }
    const report = compareFile({ base: { path: PATH, text: ODCS }, head }, ctx)!.report
    expect(report).toEqual({
      path: PATH,
      kind: 'contract',
      standard: 'odcs',
      findings: [
        {
          item: 'file.parse',
          severity: 'error',
          status: 'invalid',
          message:
            WAS +
            'Not a regular file: a symbolic link to `README.md`. handoff-check never follows symbolic links or submodules; commit the contract or model card itself at this path.',
          path: PATH,
          line: 1,
          column: 1,
          origin: 'new'
        }
      ]
    })
  })

  it('a contract that became a model card is reported on the card', () => {
    const card = CARD.split('\n').slice(1, 4).join('\n') + '\n'
    const report = compareFile(
      { base: { path: PATH, text: ODCS }, head: { path: PATH, text: card } },
      ctx
    )!.report
    expect(report.kind).toBe('model-card')
    expect(parseFindings(report)).toEqual([
      ['error', 1, 1, `${WAS}it is now a handoff-check model card (handoff-check/v1).`]
    ])
  })

  it('a model card whose head is unrecognised is reported too', () => {
    const path = 'models/churn.md'
    const report = compareFile({ base: { path, text: CARD }, head: { path, text: '# Churn\n' } }, ctx)!.report
    expect(report).toMatchObject({ kind: 'model-card', standard: 'handoff-model-card' })
    expect(parseFindings(report)).toEqual([
      [
        'error',
        1,
        1,
        `This was a handoff-check model card (handoff-check/v1) at the base and is not one now: ${UNRECOGNISED}`
      ]
    ])
  })

  it('a base that was never ours changes nothing: an unrecognised head stays skipped', () => {
    expect(
      compareFile({ base: { path: 'a.yaml', text: 'x: 1\n' }, head: { path: 'a.yaml', text: 'x: 2\n' } }, ctx)
    ).toBeUndefined()
  })

  it('file.parse off: the lost contract adds no finding', () => {
    const off = { config: { ...defaultConfig(), items: { 'file.parse': 'off' as const } } }
    const report = compareFile(
      { base: { path: PATH, text: ODCS }, head: { path: PATH, text: 'kind: DataContracts\n' } },
      off
    )!.report
    expect(report.findings).toEqual([])
  })
})

describe('analyzeFile at the door', () => {
  it('reports an unreadable file without parsing it', () => {
    const report = analyzeFile(
      { path: 'data/big.json', text: '', unreadable: tooLarge(7_340_032, 1024 * 1024) },
      ctx
    )
    expect(parseFindings(report?.report)).toEqual([
      [
        'error',
        1,
        1,
        'Too large to check: 7.3 MB, over the 1 MiB limit (`limits.maxFileBytes`). The file was not read; split it, raise the limit in the policy, or list it in `paths.ignore` when it is not a contract or model card.'
      ]
    ])
    expect(report?.report).toMatchObject({ kind: 'unknown', standard: 'unknown' })
  })

  it('NUL bytes are binary content, whatever the file claims to be', () => {
    const report = analyzeFile({ path: PATH, text: ODCS.replace('orders', 'ord\0ers') }, ctx)
    expect(parseFindings(report?.report)).toEqual([
      [
        'error',
        1,
        1,
        'Binary content (NUL bytes in the text): a data contract or model card is UTF-8 text (or UTF-16 with a byte-order mark). The file was not checked.'
      ]
    ])
  })

  it('lone carriage returns are line ends: findings keep their lines', () => {
    const noOwner = ODCS.replace('team:\n  - username: alice\n    role: owner\n', 'schema: [\n')
    const cr = noOwner.replace(/\n/g, '\r')
    const lf = analyzeFile({ path: PATH, text: noOwner }, ctx)!.report.findings
    const mac = analyzeFile({ path: PATH, text: cr }, ctx)!.report.findings
    expect(mac).toEqual(lf)
    expect(mac.map((f) => [f.item, f.line, f.column])).toEqual([['file.parse', 7, 1]])
  })

  it('a byte-order mark is not part of the first key', () => {
    const withBom = analyzeFile({ path: PATH, text: '\uFEFF' + ODCS }, ctx)!.report
    expect(withBom).toEqual(analyzeFile({ path: PATH, text: ODCS }, ctx)!.report)
    expect(withBom.standard).toBe('odcs')
  })

  it('formats sizes and limits as people read them', () => {
    expect([formatBytes(1), formatBytes(999), formatBytes(1536), formatBytes(10_485_760)]).toEqual([
      '1 byte',
      '999 bytes',
      '1.5 kB',
      '10.5 MB'
    ])
    expect([formatLimit(1024 * 1024), formatLimit(512 * 1024), formatLimit(1500)]).toEqual([
      '1 MiB',
      '512 KiB',
      '1,500 bytes'
    ])
    expect(binary('x')).toEqual({ messageId: 'binary', data: { detail: 'x' } })
  })
})

describe('parseSource: too many nodes', () => {
  it('refuses a document with more line breaks and commas than MAX_NODES before composing it', () => {
    const huge = `[${'0,'.repeat(MAX_NODES + 1)}0]`
    const started = Date.now()
    const parsed = parseSource('data/huge.json', huge)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(parsed.data).toBeUndefined()
    expect(parsed.errors).toEqual([
      {
        message:
          'Too many nodes (more than 250,000 lines and commas); a data contract or model card is far smaller',
        line: 1,
        column: 1
      }
    ])
  })

  it('parses a document just under the limit', () => {
    const parsed = parseSource('data/ok.json', `[${'0,'.repeat(MAX_NODES - 1)}0]`)
    expect(parsed.errors).toEqual([])
    expect((parsed.data as unknown[]).length).toBe(MAX_NODES)
  })
})
