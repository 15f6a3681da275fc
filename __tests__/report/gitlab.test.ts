import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import Ajv from 'ajv'
import { buildReport } from '../../src/core/engine.js'
import { fingerprint } from '../../src/core/fingerprint.js'
import type { FileReport, Finding, Report } from '../../src/vocabulary.js'
import { renderGitlab } from '../../src/report/gitlab.js'
import { runExamples } from './run-examples.js'
import { card, orders, sampleReport } from './sample-report.js'

// GitLab's Code Quality format as its documentation describes it (the schema's $comment cites the page).
const schema = JSON.parse(
  readFileSync(new URL('./schemas/gitlab-code-quality.schema.json', import.meta.url), 'utf8')
)
const validate = new Ajv.default({ allErrors: true }).compile(schema)

const finding = (rest: Partial<Finding>): Finding => ({
  item: 'contract.schema',
  severity: 'error',
  status: 'missing',
  message: 'Field `x` has no type.',
  path: 'contracts/a.odcs.yaml',
  line: 5,
  column: 3,
  ...rest
})

describe('renderGitlab', () => {
  it('is a valid Code Quality report, and the schema rejects what GitLab would', () => {
    const issues = JSON.parse(renderGitlab(sampleReport()))
    expect(validate(issues)).toBe(true)
    expect(validate.errors ?? null).toBeNull()
    expect(JSON.parse(renderGitlab(buildReport([])))).toEqual([])
    expect(validate([{ ...issues[0], severity: 'error' }])).toBe(false)
    expect(validate([{ ...issues[0], location: { path: 'a.yaml' } }])).toBe(false)
    expect(validate([{ ...issues[0], location: { path: '/abs/a.yaml', lines: { begin: 1 } } }])).toBe(false)
    const { fingerprint: _, ...unprinted } = issues[0]
    expect(validate([unprinted])).toBe(false)
  })

  it('reports each open finding with its item, severity, path, line and identity; waived ones are not issues', () => {
    expect(JSON.parse(renderGitlab(sampleReport()))).toEqual([
      {
        description: 'must have required property "status"',
        check_name: 'file.schema',
        fingerprint: fingerprint(orders.findings[0], orders),
        severity: 'major',
        location: { path: 'contracts/orders.odcs.yaml', lines: { begin: 1 } }
      },
      {
        description: 'roc_auc 0.80 does not beat its baseline 0.82.',
        check_name: 'evaluation.baseline',
        fingerprint: fingerprint(card.findings[0], card),
        severity: 'minor',
        location: { path: 'models/churn/MODEL_CARD.md', lines: { begin: 9 } }
      },
      {
        description: 'No latency target.',
        check_name: 'serving.latency',
        fingerprint: fingerprint(card.findings[1], card),
        severity: 'info',
        location: { path: 'models/churn/MODEL_CARD.md', lines: { begin: 10 } }
      }
    ])
    expect(renderGitlab(sampleReport()).startsWith('[\n  {\n    "description": ')).toBe(true)
    expect(renderGitlab(sampleReport()).endsWith('}\n]\n')).toBe(true)
  })

  it('keeps fingerprints unique and stable when a finding moves', () => {
    const file: FileReport = {
      path: './contracts\\a.odcs.yaml',
      kind: 'contract',
      standard: 'odcs',
      findings: [
        finding({ line: 5 }),
        finding({ line: 9 }),
        finding({ line: 12, message: 'Field `y` has no type.' })
      ]
    }
    const issues = JSON.parse(renderGitlab(buildReport([file])))
    const first = fingerprint(file.findings[0], file)
    expect(issues.map((i: { fingerprint: string }) => i.fingerprint)).toEqual([
      first,
      `${first}-2`,
      fingerprint(file.findings[2], file)
    ])
    expect(issues.map((i: { location: unknown }) => i.location)).toEqual([
      { path: 'contracts/a.odcs.yaml', lines: { begin: 5 } },
      { path: 'contracts/a.odcs.yaml', lines: { begin: 9 } },
      { path: 'contracts/a.odcs.yaml', lines: { begin: 12 } }
    ])
    const moved = { ...file, findings: [finding({ line: 40 })] }
    expect(JSON.parse(renderGitlab(buildReport([moved])))[0].fingerprint).toBe(first)
    expect(validate(issues)).toBe(true)
  })

  it('puts a finding without a line on line 1 and shows control and bidi characters as escapes', () => {
    const file: FileReport = {
      path: 'contracts/a.odcs.yaml',
      kind: 'contract',
      standard: 'odcs',
      findings: [finding({ line: 0, message: 'Owner \u001b[31m`x`\u202e\nnext' })]
    }
    const [issue] = JSON.parse(renderGitlab(buildReport([file])))
    expect(issue.description).toBe('Owner \\x1b[31m`x`\\u202e next')
    expect(issue.location.lines.begin).toBe(1)
  })
})

describe('handoff-check --format gitlab on examples/', () => {
  it('writes one issue per finding of the JSON report, with its item, file and line, and validates', async () => {
    const gitlab = await runExamples('gitlab')
    const json = JSON.parse((await runExamples('json')).out) as Report
    expect(gitlab.code).toBe(1)
    const issues = JSON.parse(gitlab.out)
    expect(validate(issues)).toBe(true)
    const where = (path: string, item: string, line: number) => `${path}:${line} ${item}`
    expect(
      issues.map((i: { location: { path: string; lines: { begin: number } }; check_name: string }) =>
        where(i.location.path, i.check_name, i.location.lines.begin)
      )
    ).toEqual(json.files.flatMap((f) => f.findings.map((x) => where(f.path, x.item, Math.max(1, x.line)))))
    expect(issues.length).toBeGreaterThan(0)
  })
})
