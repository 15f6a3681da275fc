import { describe, expect, it } from '@jest/globals'
import { loadConfigFile } from '../../src/cli/config-file.js'
import { defaultConfig } from '../../src/config/defaults.js'

const PATH = '.github/handoff.yml'

describe('loadConfigFile (the real loader, src/config/load.ts)', () => {
  it('merges the known keys over the defaults', () => {
    const text = [
      'paths:',
      '  contracts: ["data/**/*.yaml"]',
      '  ignore: ["data/archive/**"]',
      'items:',
      '  contract.freshness: warning',
      '  serving.throughput: "off"',
      'artifact:',
      '  formats: [ONNX, gguf]',
      'freshness:',
      '  max: 24h',
      'owners:',
      '  codeowners: true',
      ''
    ].join('\n')
    const defaults = defaultConfig()
    expect(loadConfigFile(text, PATH)).toEqual({
      ok: true,
      config: {
        paths: {
          contracts: ['data/**/*.yaml'],
          modelCards: defaults.paths.modelCards,
          ignore: ['data/archive/**']
        },
        items: { 'contract.freshness': 'warning', 'serving.throughput': 'off' },
        artifact: { formats: ['onnx', 'gguf'] },
        freshness: { max: '24h' },
        limits: { maxFileBytes: defaults.limits.maxFileBytes },
        owners: { codeowners: true, require: 'name' },
        impact: { mention: false },
        gate: 'all'
      }
    })
  })

  it('returns the defaults for an empty file', () => {
    expect(loadConfigFile('# nothing yet\n', PATH)).toEqual({ ok: true, config: defaultConfig() })
  })

  it('reports wrong types with their positions', () => {
    const text =
      'paths: []\nitems:\n  contract.owner: fatal\nowners:\n  codeowners: "yes"\nfreshness:\n  max: 24\n'
    expect(loadConfigFile(text, PATH)).toEqual({
      ok: false,
      errors: [
        { path: PATH, line: 1, column: 1, message: 'paths: must be a mapping.' },
        {
          path: PATH,
          line: 3,
          column: 3,
          message: 'items.contract.owner: "fatal" is not allowed; use one of error, warning, notice, off.'
        },
        { path: PATH, line: 5, column: 3, message: 'owners.codeowners: must be true or false.' },
        { path: PATH, line: 7, column: 3, message: 'freshness.max: must be a string.' }
      ]
    })
  })

  it('reports YAML syntax errors and a non-mapping document', () => {
    const broken = loadConfigFile('paths:\n  contracts: [a\n', PATH)
    expect(broken.ok).toBe(false)
    if (!broken.ok) expect(broken.errors[0]).toMatchObject({ path: PATH, line: 3 })
    expect(loadConfigFile('- a\n', PATH)).toEqual({
      ok: false,
      errors: [
        {
          path: PATH,
          line: 1,
          column: 1,
          message:
            'The configuration must be a mapping of keys (gate, paths, items, artifact, freshness, limits, owners, impact).'
        }
      ]
    })
  })
})
