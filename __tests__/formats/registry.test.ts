import { describe, expect, it } from '@jest/globals'
import { formatFor, formats } from '../../src/formats/index.js'

describe('formats registry', () => {
  it('tries the standards in detection order', () => {
    expect(formats.map((f) => [f.standard, f.kind])).toEqual([
      ['odcs', 'contract'],
      ['dcs', 'contract'],
      ['handoff-contract', 'contract'],
      ['handoff-model-card', 'model-card'],
      ['huggingface', 'model-card'],
      ['model-card-toolkit', 'model-card']
    ])
  })

  it('finds a format by standard', () => {
    expect(formatFor('dcs')?.standard).toBe('dcs')
    expect(formatFor('unknown')).toBeUndefined()
  })

  it('lets a native card in a README win over the Hugging Face reading of the same front matter', () => {
    const data = { apiVersion: 'handoff-check/v1', kind: 'ModelCard', library_name: 'sklearn' }
    expect(formats.find((f) => f.detect(data, 'README.md'))?.standard).toBe('handoff-model-card')
  })
})
