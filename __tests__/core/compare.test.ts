import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { defaultConfig } from '../../src/config/defaults.js'
import type { ResolvedConfig } from '../../src/config/types.js'
import { compareFile, compareFiles } from '../../src/core/compare.js'
import { analyzeFile } from '../../src/core/engine.js'
import type { Finding } from '../../src/vocabulary.js'
import { applyWaivers } from '../../src/core/waivers.js'
import { runs } from '../helpers/fuzz.js'

/** An ODCS contract: `version` on line 1, the `orders` object on line 8, `customer_id` on line 12. */
function odcs(version: string, withCustomer = true): string {
  return [
    `version: ${version}`,
    'kind: DataContract',
    'apiVersion: v3.1.0',
    'id: orders',
    'name: Orders',
    'status: active',
    'schema:',
    '  - name: orders',
    '    properties:',
    '      - name: id',
    '        logicalType: string',
    ...(withCustomer ? ['      - name: customer_id', '        logicalType: string'] : []),
    ''
  ].join('\n')
}

const PATH = 'contracts/orders.odcs.yaml'
const ctx = (items: ResolvedConfig['items'] = {}) => ({ config: { ...defaultConfig(), items } })
const DIFF_ITEMS = ['contract.breaking-change', 'contract.version-bump']
const diffOnly = (findings: Finding[]) => findings.filter((f) => DIFF_ITEMS.includes(f.item))
const plain = (a: ReturnType<typeof analyzeFile>) => ({ report: a?.report, doc: a?.doc })
const of = (findings: Finding[], item: string) => findings.filter((f) => f.item === item)

describe('compareFile', () => {
  it('head only is exactly analyzeFile', () => {
    const head = { path: PATH, text: odcs('1.0.0') }
    expect(plain(compareFile({ head }, ctx()))).toEqual(plain(analyzeFile(head, ctx())))
  })

  it('a dropped column without a bump adds changes and a contract.breaking-change error at the version', () => {
    const analysis = compareFile(
      { base: { path: PATH, text: odcs('1.0.0') }, head: { path: PATH, text: odcs('1.0.0', false) } },
      ctx()
    )!
    expect(analysis.report.changes).toEqual({
      baseVersion: '1.0.0',
      headVersion: '1.0.0',
      bump: 'none',
      verdict: 'breaking',
      changes: [
        {
          rule: 'field-removed',
          level: 'error',
          path: 'orders.customer_id',
          old: 'string',
          message: expect.any(String),
          line: 8,
          baseLine: 12
        }
      ]
    })
    expect(of(analysis.report.findings, 'contract.breaking-change')).toEqual([
      {
        item: 'contract.breaking-change',
        severity: 'error',
        status: 'invalid',
        message:
          '1 breaking change(s) (orders.customer_id) but the version went from 1.0.0 to 1.0.0 (none); a breaking change needs a major version increase.',
        path: PATH,
        line: 1,
        column: 1,
        origin: 'new'
      }
    ])
    expect(analysis.report.findings).toEqual(
      [...analysis.report.findings].sort((a, b) => a.line - b.line || a.column - b.column)
    )
  })

  it('a major bump lists the change without a finding; a rename records the base path', () => {
    const analysis = compareFile(
      {
        base: { path: 'old/orders.odcs.yaml', text: odcs('1.0.0') },
        head: { path: PATH, text: odcs('2.0.0', false) }
      },
      ctx()
    )!
    expect(analysis.report.path).toBe(PATH)
    expect(analysis.report.changes).toMatchObject({
      basePath: 'old/orders.odcs.yaml',
      bump: 'major',
      verdict: 'breaking'
    })
    expect(diffOnly(analysis.report.findings)).toEqual([])
  })

  it('applies configured severities: off drops the finding, warning lowers it', () => {
    const pair = {
      base: { path: PATH, text: odcs('1.0.0') },
      head: { path: PATH, text: odcs('1.0.0', false) }
    }
    expect(diffOnly(compareFile(pair, ctx({ 'contract.breaking-change': 'off' }))!.report.findings)).toEqual(
      []
    )
    const lowered = compareFile(pair, ctx({ 'contract.breaking-change': 'warning' }))!.report.findings
    expect(of(lowered, 'contract.breaking-change').map((f) => f.severity)).toEqual(['warning'])
  })

  it('a schema change without a bump is a contract.version-bump warning', () => {
    const analysis = compareFile(
      { base: { path: PATH, text: odcs('1.0.0', false) }, head: { path: PATH, text: odcs('1.0.0') } },
      ctx()
    )!
    expect(analysis.report.changes?.verdict).toBe('compatible')
    expect(diffOnly(analysis.report.findings).map((f) => [f.item, f.severity, f.line])).toEqual([
      ['contract.version-bump', 'warning', 1]
    ])
  })

  it('a removed contract is reported at its old path with contract-removed and a finding on line 1', () => {
    const analysis = compareFile({ base: { path: PATH, text: odcs('1.2.0') } }, ctx())!
    expect(analysis.report).toEqual({
      path: PATH,
      kind: 'contract',
      standard: 'odcs',
      standardVersion: 'v3.1.0',
      changes: {
        baseVersion: '1.2.0',
        bump: 'not-comparable',
        verdict: 'breaking',
        changes: [
          {
            rule: 'contract-removed',
            level: 'error',
            path: 'orders',
            message: expect.any(String),
            baseLine: 1
          }
        ]
      },
      findings: [
        {
          item: 'contract.breaking-change',
          severity: 'error',
          status: 'invalid',
          message:
            'The contract orders (version 1.2.0) was removed; every consumer loses its promise. Keep it, or waive the removal once consumers have moved.',
          path: PATH,
          line: 1,
          column: 1,
          origin: 'new'
        }
      ]
    })
    const off = compareFile(
      { base: { path: PATH, text: odcs('1.2.0') } },
      ctx({ 'contract.breaking-change': 'off' })
    )
    expect(off?.report.findings).toEqual([])
    expect(off?.report.changes?.verdict).toBe('breaking')
  })

  it('a removed file that was not a contract, and an empty pair, give nothing', () => {
    expect(compareFile({ base: { path: 'notes.yaml', text: 'hello: world\n' } }, ctx())).toBeUndefined()
    expect(compareFile({}, ctx())).toBeUndefined()
  })

  it('a base that does not parse is not compared; a notice says so', () => {
    const analysis = compareFile(
      {
        base: { path: PATH, text: 'kind: DataContract\napiVersion: v3.1.0\nschema: [\n' },
        head: { path: PATH, text: odcs('1.0.0') }
      },
      ctx()
    )!
    expect(analysis.report.changes).toBeUndefined()
    const notices = of(analysis.report.findings, 'contract.breaking-change')
    expect(notices.map((f) => [f.severity, f.line, f.column])).toEqual([['notice', 1, 1]])
    expect(notices[0].message).toMatch(
      /^The base version at contracts\/orders\.odcs\.yaml could not be read as a contract \(.+\), so breaking changes were not checked\.$/
    )
  })

  it('a base that is not a contract (a model card, plain YAML) is not compared', () => {
    const head = { path: PATH, text: odcs('1.0.0') }
    for (const text of ['hello: world\n', 'kind: ModelCard\nname: m\n']) {
      // Not compared; its findings are all new, as every finding of a file at the base is marked.
      const compared = compareFile({ base: { path: PATH, text }, head }, ctx())
      expect(compared?.report.findings.map((f) => f.origin)).toEqual(
        analyzeFile(head, ctx())?.report.findings.map(() => 'new')
      )
      const unmarked = compared!.report.findings.map(({ origin: _origin, ...f }) => f)
      expect(plain({ ...compared!, report: { ...compared!.report, findings: unmarked } })).toEqual(
        plain(analyzeFile(head, ctx()))
      )
    }
  })

  it('hostile base text never throws', () => {
    const head = { path: PATH, text: odcs('1.0.0') }
    for (const text of [
      '',
      '- 1\n- 2\n',
      'kind: DataContract\nschema: 7\n',
      'kind: DataContract\nschema: [null, 3]\n'
    ]) {
      expect(() => compareFile({ base: { path: PATH, text }, head }, ctx())).not.toThrow()
      expect(() => compareFile({ base: { path: PATH, text } }, ctx())).not.toThrow()
    }
  })
})

describe('compareFile on arbitrary documents', () => {
  // JSON is YAML: any JSON value under the keys the mappers read, on either side, must not throw.
  const side = (schema: unknown, version: unknown) =>
    JSON.stringify({ kind: 'DataContract', apiVersion: 'v3.1.0', id: 'x', version, schema })

  const property = fc.record(
    {
      name: fc.constantFrom('id', 'day', ''),
      logicalType: fc.oneof(fc.constantFrom('string', 'integer', 'date'), fc.jsonValue()),
      required: fc.jsonValue(),
      logicalTypeOptions: fc.dictionary(
        fc.constantFrom('minimum', 'maximum', 'exclusiveMinimum', 'pattern', 'format', 'enum'),
        fc.oneof(fc.constantFrom('2020-01-01', '2020-01-01 00:00:00', 3), fc.jsonValue())
      )
    },
    { requiredKeys: [] }
  )
  const schemaLike = fc.oneof(
    fc.jsonValue(),
    fc.array(
      fc.record(
        { name: fc.constantFrom('orders', 'x'), properties: fc.array(property) },
        { requiredKeys: [] }
      )
    )
  )

  it('never throws, and always reports the head path', () => {
    fc.assert(
      fc.property(schemaLike, schemaLike, fc.jsonValue(), (schema, other, version) => {
        const base = { path: 'b.odcs.yaml', text: side(schema, version) }
        const head = { path: PATH, text: side(other, '1.0.0') }
        const both = compareFile({ base, head }, ctx())
        expect(both?.report.path).toBe(PATH)
        const gone = compareFile({ base }, ctx())
        if (gone) expect(gone.report.changes?.verdict).toBe('breaking')
      }),
      { numRuns: runs(100) }
    )
  })
})

describe('compareFiles and waivers', () => {
  const pairs = [
    { base: { path: PATH, text: odcs('1.0.0') }, head: { path: PATH, text: odcs('1.0.0', false) } },
    { base: { path: 'gone.odcs.yaml', text: odcs('3.0.0') } },
    { head: { path: 'notes.yaml', text: 'hello: world\n' } }
  ]

  it('builds one report sorted by path, leaving out what is not ours', () => {
    const report = compareFiles(pairs, ctx())
    expect(report.files.map((f) => [f.path, f.changes?.verdict])).toEqual([
      [PATH, 'breaking'],
      ['gone.odcs.yaml', 'breaking']
    ])
    expect(report.result).toBe('fail')
  })

  it('a waived break no longer fails the report', () => {
    const report = compareFiles(pairs, ctx())
    const waived = applyWaivers(report, [{ item: 'contract.breaking-change', by: '@lead', reason: 'agreed' }])
    const breaks = waived.files.flatMap((f) => of(f.findings, 'contract.breaking-change'))
    expect(breaks).toHaveLength(2)
    expect(breaks.every((f) => f.waived?.by === '@lead')).toBe(true)
    expect(waived.summary.errors).toBe(report.summary.errors - 2)
    const otherErrors = waived.files
      .flatMap((f) => f.findings)
      .filter((f) => f.severity === 'error' && !f.waived)
    expect(waived.result).toBe(otherErrors.length > 0 ? 'fail' : 'pass')
  })
})
