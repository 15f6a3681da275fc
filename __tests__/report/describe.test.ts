import { describe, expect, it } from '@jest/globals'
import type { FileReport } from '../../src/vocabulary.js'
import { describeFile, uncheckedReason } from '../../src/report/describe.js'

const file = (
  kind: FileReport['kind'],
  standard: FileReport['standard'],
  standardVersion?: string
): FileReport => ({
  path: 'x',
  kind,
  standard,
  findings: [],
  ...(standardVersion ? { standardVersion } : {})
})

describe('describeFile', () => {
  it.each([
    [file('contract', 'handoff-contract', 'handoff-check/v1'), 'handoff-check contract (handoff-check/v1)'],
    [
      file('model-card', 'handoff-model-card', 'handoff-check/v1'),
      'handoff-check model card (handoff-check/v1)'
    ],
    [file('model-card', 'handoff-model-card'), 'handoff-check model card'],
    [file('contract', 'odcs', 'v3.1.0'), 'ODCS v3.1.0 data contract'],
    [file('contract', 'dcs', '1.2.1'), 'Data Contract Specification 1.2.1 data contract'],
    [file('model-card', 'huggingface'), 'Hugging Face model card'],
    [file('model-card', 'model-card-toolkit', '0.0.2'), 'Model Card Toolkit 0.0.2 model card'],
    [file('unknown', 'unknown'), 'unrecognised file']
  ])('names %j as %s', (report, text) => {
    expect(describeFile(report)).toBe(text)
  })
})

describe('uncheckedReason', () => {
  const finding = (item: string) => ({
    item,
    severity: 'error' as const,
    status: 'invalid' as const,
    message: 'm',
    path: 'x',
    line: 1,
    column: 1
  })

  it('is unread for a file that did not parse or is of a version not read, removed for a deleted contract', () => {
    expect(uncheckedReason(file('contract', 'odcs'))).toBeUndefined()
    expect(
      uncheckedReason({ ...file('contract', 'odcs'), findings: [finding('file.schema')] })
    ).toBeUndefined()
    expect(uncheckedReason({ ...file('unknown', 'unknown'), findings: [finding('file.parse')] })).toBe(
      'unread'
    )
    expect(
      uncheckedReason({ ...file('contract', 'odcs'), findings: [finding('file.standard-version')] })
    ).toBe('unread')
    const removed: FileReport = {
      ...file('contract', 'odcs'),
      findings: [finding('contract.breaking-change')],
      changes: {
        bump: 'not-comparable',
        verdict: 'breaking',
        changes: [{ rule: 'contract-removed', level: 'error', path: 'x', message: 'Contract removed' }]
      }
    }
    expect(uncheckedReason(removed)).toBe('removed')
  })
})
