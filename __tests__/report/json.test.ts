import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { buildReport } from '../../src/core/engine.js'
import { renderChunks } from '../../src/report/index.js'
import { FILES_PER_PIECE, renderJson, renderJsonChunks } from '../../src/report/json.js'
import type { FileReport } from '../../src/vocabulary.js'
import { runs } from '../helpers/fuzz.js'
import { card, clean, sampleReport } from './sample-report.js'

/** JSON.stringify's own text of the data a report holds: what the pieces must add up to, byte for byte. */
const canonical = (text: string): string => `${JSON.stringify(JSON.parse(text), null, 2)}\n`

describe('renderJson', () => {
  it('keeps the documented shape: version, result, files with findings, summary', () => {
    const text = renderJson(sampleReport())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{\n  "version": 1,\n  "result": "fail",\n')).toBe(true)
    const json = JSON.parse(text)
    expect(Object.keys(json)).toEqual(['version', 'result', 'files', 'summary'])
    expect(json.summary).toEqual({ files: 3, errors: 1, warnings: 1, notices: 1, waived: 1 })
    expect(json.files.map((f: { path: string }) => f.path)).toEqual([
      'contracts/orders.odcs.yaml',
      'contracts/users.datacontract.yaml',
      'models/churn/MODEL_CARD.md'
    ])
    expect(Object.keys(json.files[0])).toEqual([
      'path',
      'kind',
      'standard',
      'standardVersion',
      'findings',
      'changes'
    ])
    expect(json.files[0].findings[1]).toEqual({
      item: 'contract.freshness',
      severity: 'error',
      status: 'missing',
      message: 'No freshness: add an slaProperties entry.',
      line: 12,
      column: 3,
      waived: { by: '@lead', reason: 'batch feed\nweekly' }
    })
    expect(json.files[0].changes.verdict).toBe('breaking')
    expect(json.files[2]).toEqual({
      path: 'models/churn/MODEL_CARD.md',
      kind: 'model-card',
      standard: 'handoff-model-card',
      findings: [
        {
          item: 'evaluation.baseline',
          severity: 'warning',
          status: 'invalid',
          message: 'roc_auc 0.80 does not beat its baseline 0.82.',
          line: 9,
          column: 7
        },
        {
          item: 'serving.latency',
          severity: 'notice',
          status: 'missing',
          message: 'No latency target.',
          line: 10,
          column: 11
        }
      ]
    })
  })

  it('prints relative paths with forward slashes and adds notes only when given', () => {
    const windows = { ...clean, path: '.\\contracts\\users.datacontract.yaml', findings: [] }
    const json = JSON.parse(renderJson(buildReport([windows, card]), { notes: ['Deleted: a.yaml'] }))
    expect(json.result).toBe('pass')
    expect(json.files[0].path).toBe('contracts/users.datacontract.yaml')
    expect(json.notes).toEqual(['Deleted: a.yaml'])
    expect(JSON.parse(renderJson(buildReport([]))).notes).toBeUndefined()
  })
})

describe('renderJsonChunks', () => {
  it('makes the report a file at a time, adding up to JSON.stringify of it with two-space indents', () => {
    const report = sampleReport()
    const pieces = [...renderJsonChunks(report, { notes: ['Deleted: a.yaml'] }, 1)]
    expect(pieces).toHaveLength(report.files.length + 2)
    expect(pieces[0]).toBe('{\n  "version": 1,\n  "result": "fail",\n  "files": [')
    expect(pieces[1].startsWith('\n    {\n      "path": "contracts/orders.odcs.yaml",\n')).toBe(true)
    expect(pieces[2].startsWith(',\n    {\n      "path": "contracts/users.datacontract.yaml",\n')).toBe(true)
    expect(pieces.at(-1)!.startsWith('\n  ],\n  "summary": {\n')).toBe(true)
    expect(pieces.at(-1)!.endsWith('  "notes": [\n    "Deleted: a.yaml"\n  ]\n}\n')).toBe(true)
    const text = pieces.join('')
    expect(text).toBe(canonical(text))
    expect(renderJson(report, { notes: ['Deleted: a.yaml'] })).toBe(text)
  })

  it('makes the files FILES_PER_PIECE at a time by default, the same text in fewer pieces', () => {
    const report = sampleReport()
    const one = buildReport(report.files.slice(0, 1))
    expect(FILES_PER_PIECE).toBe(256)
    expect(report.files.length).toBe(3)
    const pieces = [...renderJsonChunks(report)]
    expect(pieces).toHaveLength(3)
    expect(pieces[1].startsWith('\n    {\n      "path": "contracts/orders.odcs.yaml",\n')).toBe(true)
    expect(pieces[1]).toContain('\n    },\n    {\n      "path": "contracts/users.datacontract.yaml",\n')
    expect(pieces[1].endsWith('\n    }')).toBe(true)
    expect(pieces.join('')).toBe([...renderJsonChunks(report, {}, 1)].join(''))
    const pairs = [...renderJsonChunks(report, {}, 2)]
    expect(pairs).toHaveLength(4)
    expect(pairs[2].startsWith(',\n    {\n')).toBe(true)
    expect(pairs.join('')).toBe(pieces.join(''))
    expect([...renderJsonChunks(one)].join('')).toBe(
      JSON.stringify(JSON.parse(renderJson(one)), null, 2) + '\n'
    )
  })

  it('writes a report without files as one piece', () => {
    const pieces = [...renderJsonChunks(buildReport([]))]
    expect(pieces).toEqual([
      '{\n  "version": 1,\n  "result": "pass",\n  "files": [],\n  "summary": {\n    "files": 0,\n' +
        '    "errors": 0,\n    "warnings": 0,\n    "notices": 0,\n    "waived": 0\n  }\n}\n'
    ])
  })

  it('adds up to the canonical text whatever the paths, messages and notes hold', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.constantFrom('"files": "handoff-check:files"', '\n  ]', '\\n', '\u2028', '—', '{"a": [1]}', '\r\n')
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostile, hostile), { maxLength: 6 }),
        fc.array(hostile, { maxLength: 3 }),
        fc.integer({ min: 1, max: 4 }),
        (files, notes, filesPerPiece) => {
          const reports: FileReport[] = files.map(([path, message], i) => ({
            ...clean,
            path: `${i}/${path}`,
            findings: [{ ...card.findings[0], path: `${i}/${path}`, message }]
          }))
          const report = buildReport(reports)
          const text = [...renderJsonChunks(report, { notes }, filesPerPiece)].join('')
          expect(text).toBe(canonical(text))
          expect(JSON.parse(text).files.map((f: { path: string }) => f.path)).toEqual(
            report.files.map((f) => f.path.replace(/\\/g, '/'))
          )
        }
      ),
      { numRuns: runs(200) }
    )
  })
})

describe('renderChunks', () => {
  it('gathers the JSON pieces into writes of at least the size asked for, the last one excepted', () => {
    const report = sampleReport()
    const options = { toolVersion: '1.0.0', notes: ['n'] }
    const whole = renderJson(report, { notes: ['n'] })
    const pieces = [...renderChunks('json', report, options, 200)]
    expect(pieces.join('')).toBe(whole)
    expect(pieces.length).toBeGreaterThan(1)
    expect(pieces.slice(0, -1).every((p) => p.length >= 200)).toBe(true)
    expect([...renderChunks('json', report, options)]).toEqual([whole])
  })

  it('gives the other formats in one piece', () => {
    const report = sampleReport()
    const pieces = [...renderChunks('sarif', report, { toolVersion: '1.0.0' }, 10)]
    expect(pieces).toHaveLength(1)
    expect(JSON.parse(pieces[0]).version).toBe('2.1.0')
  })
})
