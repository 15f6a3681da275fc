// The status, the `result` output and the step's failure follow the policy's `gate` as the exit code does.
import { describe, expect, it } from '@jest/globals'
import { buildReport } from '../../src/core/engine.js'
import type { FileReport, Finding, Gate } from '../../src/vocabulary.js'
import { planAnnotations } from '../../src/github/publish/annotations.js'
import { outcome } from '../../src/github/publish/outcome.js'
import { fails, statusDescription } from '../../src/github/publish/verdict.js'
import { LINKS } from '../helpers/links.js'

const PATH = 'models/churn/README.md'
const f = (item: string, origin: Finding['origin'], severity: Finding['severity'] = 'error'): Finding => ({
  item,
  severity,
  status: 'missing',
  message: `No ${item}.`,
  path: PATH,
  line: 2,
  column: 1,
  ...(origin ? { origin } : {})
})
const file = (findings: Finding[]): FileReport => ({
  path: PATH,
  kind: 'model-card',
  standard: 'huggingface',
  findings
})
const old = file([f('model.owner', 'pre-existing'), f('serving.latency', 'pre-existing')])
const oldAndNew = file([...old.findings, f('artifact.format', 'new')])
const oldWarning = file([f('evaluation.baseline', 'pre-existing', 'warning')])
const links = LINKS
const run = (f: FileReport, gate: Gate) => {
  const report = buildReport([f], gate)
  return outcome(report, fails(report, 'error'), links, [])
}

describe('gate in the Action', () => {
  it('new: old gaps pass with a status that counts them; all: they fail', () => {
    const passing = buildReport([old], 'new')
    expect(fails(passing, 'error')).toBe(false)
    expect(statusDescription(passing, 'error')).toBe(
      'No new handoff gaps in 1 file; 2 pre-existing (gate: new)'
    )
    expect(run(old, 'new')).toMatchObject({ outputs: { result: 'pass', 'missing-count': '2' } })
    expect(run(old, 'new').failure).toBeUndefined()
    const failing = buildReport([old], 'all')
    expect(fails(failing, 'error')).toBe(true)
    expect(statusDescription(failing, 'error')).toBe('2 handoff items missing in 1 file (2 pre-existing)')
    expect(run(old, 'all').failure).toBe('2 handoff items missing or invalid; see the job summary.')
  })

  it('a new gap fails with either gate, and only it counts under new', () => {
    expect(statusDescription(buildReport([oldAndNew], 'new'), 'error')).toBe(
      '1 handoff item missing in 1 file; 2 pre-existing (gate: new)'
    )
    expect(run(oldAndNew, 'new').failure).toBe('1 new handoff item missing or invalid; see the job summary.')
    expect(run(oldAndNew, 'all').failure).toBe('3 handoff items missing or invalid; see the job summary.')
  })

  it('fail-on: warning also lets a pre-existing warning pass under new', () => {
    expect(fails(buildReport([oldWarning], 'new'), 'warning')).toBe(false)
    expect(fails(buildReport([oldWarning], 'all'), 'warning')).toBe(true)
  })

  it('annotates new findings before pre-existing ones', () => {
    const plan = planAnnotations(buildReport([oldAndNew], 'new'))
    expect(plan.shown.map((x) => x.item)).toEqual(['artifact.format', 'model.owner', 'serving.latency'])
  })
})
