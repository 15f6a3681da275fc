// A test-only engine for the adapter's flows: it recognises the native `kind:` lines and reports the three items
// the fixtures leave out, at the positions the real engine gives them. The flows take it by injection.
import type { FileReport, Finding } from '../../src/vocabulary.js'
import type { Engine } from '../../src/github/engine.js'

const missing = (path: string, item: string, line: number, message: string): Finding => ({
  item,
  severity: 'error',
  status: 'missing',
  message,
  path,
  line,
  column: 1
})

export const fakeEngine: Engine = {
  itemIds: new Set(['contract.owner', 'contract.freshness', 'ownership.rollback', 'file.parse']),
  analyze(file, ctx): FileReport | undefined {
    const lines = file.text.split('\n')
    const has = (key: string): boolean => lines.some((l) => l.startsWith(key))
    const severityOff = (item: string): boolean => ctx.config.items[item] === 'off'
    if (file.text.includes('kind: HandoffContract')) {
      const findings: Finding[] = []
      if (!has('freshness:') && !severityOff('contract.freshness'))
        findings.push(missing(file.path, 'contract.freshness', 1, 'No freshness: add `freshness: 24h`.'))
      if (!has('owner:') && !severityOff('contract.owner'))
        findings.push(missing(file.path, 'contract.owner', 1, 'No owner: add `owner: "@acme/data"`.'))
      return { path: file.path, kind: 'contract', standard: 'handoff-contract', findings }
    }
    if (file.text.includes('kind: ModelCard')) {
      const findings: Finding[] = []
      const at = lines.findIndex((l) => l.startsWith('ownership:')) + 1
      if (!lines.some((l) => l.trim().startsWith('rollback:')))
        findings.push(
          missing(file.path, 'ownership.rollback', at, 'No one rolls back: add `rollback: "@acme/oncall"`.')
        )
      return { path: file.path, kind: 'model-card', standard: 'handoff-model-card', findings }
    }
    return undefined
  }
}
