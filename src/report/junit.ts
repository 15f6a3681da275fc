// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure DevOps): one test suite per file, one test
// case per handoff item checked in it, named by the item id with the file as its class. A case fails when its item has
// an error that fails the check (../core/gate.ts), is skipped when its item was not checked or every finding of it is
// waived, and passes otherwise; every finding of the item is listed in the failure's text or the case's system-out.
// Pure: (report, options) → string; everything from input goes through xmlText or xmlAttribute (./escape.ts).
import { allItems } from '../checks/index.js'
import { gates } from '../core/gate.js'
import type { FileReport, Finding, Report } from '../vocabulary.js'
import { contractBreakingChange, contractVersionBump } from '../diff/items.js'
import { contractDownstream } from '../core/links/item.js'
import { portablePath, uncheckedReason } from './describe.js'
import { terminalText, xmlAttribute, xmlText } from './escape.js'

export interface JunitOptions {
  /** Ids of the items the run checked (those not configured `off`); every registered item when undefined. */
  items?: readonly string[]
}

/**
 * Items that only run when a contract is compared with its base version (`--changed-since`, the Action);
 * contract.downstream only where its adapter looked for the contract's dependents (the file has `downstream`).
 */
const COMPARED: ReadonlySet<string> = new Set([contractBreakingChange.id, contractVersionBump.id])

const NOT_CHECKED = {
  removed: 'Not checked: the change deletes this contract, so only its removal is reported.',
  unread: 'Not checked: the file cannot be read as its standard (see file.parse or file.standard-version).'
} as const

interface Outcome {
  element: 'failure' | 'skipped'
  message: string
  type?: string
}

interface TestCase {
  name: string
  classname: string
  file?: string
  line?: number
  outcome?: Outcome
  /** Text of the failure, or the case's system-out when it did not fail. */
  details: string[]
}

export function renderJunit(report: Report, options: JunitOptions = {}): string {
  const checked = new Set(options.items ?? allItems.map((i) => i.id))
  const suites = report.files.map((file) => suite(portablePath(file.path), casesOf(file, checked, report)))
  if (report.incomplete !== undefined) {
    // A check that could not see every changed file fails whatever the files say, so it is a failing case too.
    const message = report.incomplete
    suites.push(
      suite('handoff-check', [
        {
          name: 'report.complete',
          classname: 'handoff-check',
          outcome: { element: 'failure', message },
          details: [message]
        }
      ])
    )
  }
  const total = (key: 'tests' | 'failures') => suites.reduce((n, s) => n + s[key], 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="handoff-check" tests="${total('tests')}" failures="${total('failures')}" errors="0" time="0">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    ''
  ].join('\n')
}

/** The file's test cases: the items of its kind the run checked, then any other item its findings name. */
function casesOf(file: FileReport, checked: ReadonlySet<string>, report: Report): TestCase[] {
  const path = portablePath(file.path)
  const reason = uncheckedReason(file)
  const ids = allItems
    .filter((item) => item.appliesTo === 'file' || item.appliesTo === file.kind)
    .map((item) => item.id)
    .filter(
      (id) =>
        checked.has(id) &&
        (!COMPARED.has(id) || file.changes !== undefined) &&
        (id !== contractDownstream.id || file.downstream !== undefined)
    )
  for (const f of file.findings) if (!ids.includes(f.item)) ids.push(f.item)
  return ids.map((id) => {
    const findings = file.findings.filter((f) => f.item === id)
    const notChecked =
      reason !== undefined &&
      findings.length === 0 &&
      (reason === 'removed' ? !COMPARED.has(id) : !id.startsWith('file.'))
    if (notChecked) {
      const outcome: Outcome = { element: 'skipped', message: NOT_CHECKED[reason] }
      return { name: id, classname: path, file: path, outcome, details: [] }
    }
    return {
      name: id,
      classname: path,
      file: path,
      ...(findings.length > 0 ? { line: Math.max(1, findings[0].line) } : {}),
      outcome: outcomeOf(findings, report),
      details: findings.map((f) => detail(path, f))
    }
  })
}

function outcomeOf(findings: readonly Finding[], report: Report): Outcome | undefined {
  const failing = findings.find((f) => f.severity === 'error' && gates(f, report.gate))
  if (failing) return { element: 'failure', message: failing.message, type: failing.status }
  const waived = findings[0]?.waived
  if (waived && findings.every((f) => f.waived)) {
    return { element: 'skipped', message: `Waived by ${waived.by}: ${waived.reason}` }
  }
  return undefined
}

/** One finding as a line of a log: `path:line:column: severity message`, with what keeps it from failing. */
function detail(path: string, f: Finding): string {
  const note = f.waived
    ? ` (waived by ${f.waived.by}: ${f.waived.reason})`
    : f.origin === 'pre-existing'
      ? ' (pre-existing)'
      : ''
  return terminalText(
    `${path}:${Math.max(1, f.line)}:${Math.max(1, f.column)}: ${f.severity} ${f.message}${note}`
  )
}

interface Suite {
  tests: number
  failures: number
  lines: string[]
}

function suite(name: string, cases: readonly TestCase[]): Suite {
  const failures = cases.filter((c) => c.outcome?.element === 'failure').length
  const skipped = cases.filter((c) => c.outcome?.element === 'skipped').length
  const attributes = `name="${xmlAttribute(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0"`
  return {
    tests: cases.length,
    failures,
    lines: [`  <testsuite ${attributes}>`, ...cases.flatMap(testCase), '  </testsuite>']
  }
}

function testCase(c: TestCase): string[] {
  const attributes = [
    `name="${xmlAttribute(c.name)}"`,
    `classname="${xmlAttribute(c.classname)}"`,
    ...(c.file !== undefined ? [`file="${xmlAttribute(c.file)}"`] : []),
    ...(c.line !== undefined ? [`line="${c.line}"`] : []),
    'time="0"'
  ].join(' ')
  const text = xmlText(c.details.join('\n'))
  const body: string[] = []
  if (c.outcome) {
    const type = c.outcome.type !== undefined ? ` type="${xmlAttribute(c.outcome.type)}"` : ''
    const open = `<${c.outcome.element} message="${xmlAttribute(c.outcome.message)}"${type}`
    // A failure carries the findings; a skipped case's findings (waived) go to system-out like a passing case's.
    if (c.outcome.element === 'failure') body.push(`      ${open}>${text}</failure>`)
    else body.push(`      ${open}/>`)
  }
  if (c.outcome?.element !== 'failure' && c.details.length > 0)
    body.push(`      <system-out>${text}</system-out>`)
  if (body.length === 0) return [`    <testcase ${attributes}/>`]
  return [`    <testcase ${attributes}>`, ...body, '    </testcase>']
}
