import { describe, expect, it } from '@jest/globals'
import type { FileReport } from '../../src/core/types.js'
import { describeFile } from '../../src/report/describe.js'

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
