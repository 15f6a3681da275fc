import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { allItems } from '../../src/checks/index.js'
import { defaultConfig } from '../../src/config/defaults.js'
import { loadConfig } from '../../src/config/load.js'

const P = '.github/handoff.yml'
const yaml = (...lines: string[]) => lines.join('\n') + '\n'
const knownIds = allItems.map((i) => i.id).join(', ')

describe('loadConfig', () => {
  it.each(['', '# only a comment\n', '---\n'])('returns the defaults for an empty file (%p)', (text) => {
    expect(loadConfig(text, P)).toEqual({ ok: true, config: defaultConfig() })
  })

  it('merges user values over the defaults', () => {
    const text = yaml(
      'paths:',
      '  contracts: ["contracts/**/*.yaml"]',
      'items:',
      '  evaluation.baseline: warning',
      '  serving.throughput: off',
      'artifact:',
      '  formats: [ONNX, joblib, onnx]',
      'freshness:',
      '  max: P2D',
      'limits:',
      '  maxFileBytes: 4194304',
      'owners:',
      '  codeowners: true',
      '  require: reachable'
    )
    const defaults = defaultConfig()
    expect(loadConfig(text, P)).toEqual({
      ok: true,
      config: {
        paths: {
          contracts: ['contracts/**/*.yaml'],
          modelCards: defaults.paths.modelCards,
          ignore: defaults.paths.ignore
        },
        items: { 'evaluation.baseline': 'warning', 'serving.throughput': 'off' },
        artifact: { formats: ['onnx', 'sklearn-joblib'] },
        freshness: { max: 'P2D' },
        limits: { maxFileBytes: 4194304 },
        owners: { codeowners: true, require: 'reachable' },
        impact: { mention: false },
        gate: 'all'
      }
    })
  })

  it('reads gate: all (the default) or new, and nothing else', () => {
    expect(defaultConfig().gate).toBe('all')
    const read = loadConfig(yaml('gate: new'), P)
    expect(read.ok && read.config.gate).toBe('new')
    expect(loadConfig(yaml('items: {}', 'gate: old'), P)).toEqual({
      ok: false,
      errors: [{ path: P, line: 2, column: 1, message: 'gate: "old" is not allowed; use one of all, new.' }]
    })
  })

  it('treats a section left empty as not set', () => {
    expect(loadConfig(yaml('items:', 'paths:', '  ignore:'), P)).toEqual({
      ok: true,
      config: defaultConfig()
    })
  })

  it('reports YAML syntax errors at their line and column', () => {
    expect(loadConfig(yaml('items:', '  contract.owner: error', '  contract.owner: off'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 3,
          column: 3,
          message:
            'YAML syntax error: Map keys must be unique. Fix the syntax; the configuration is not used until it parses.'
        }
      ]
    })
  })

  it('reports an unknown item id at its key, listing the known ids', () => {
    expect(loadConfig(yaml('items:', '  contract.owner: error', '  serving.latenc: warning'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 3,
          column: 3,
          message: `items.serving.latenc: unknown item id; known ids: ${knownIds}.`
        }
      ]
    })
  })

  it('reports a bad severity at its value', () => {
    expect(loadConfig(yaml('items:', '  contract.owner: fatal'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 2,
          column: 3,
          message: 'items.contract.owner: "fatal" is not allowed; use one of error, warning, notice, off.'
        }
      ]
    })
  })

  it('reports an owner requirement other than name or reachable at its key', () => {
    expect(loadConfig(yaml('owners:', '  require: handle'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 2,
          column: 3,
          message: 'owners.require: "handle" is not allowed; use one of name, reachable.'
        }
      ]
    })
  })

  it('reports unknown keys at the top level and in a section, naming the known keys', () => {
    expect(loadConfig(yaml('owners:', '  codeowner: true', 'severity: high'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 2,
          column: 3,
          message: 'owners.codeowner: unknown key; known keys: codeowners, require.'
        },
        {
          path: P,
          line: 3,
          column: 1,
          message:
            'severity: unknown key; known keys: gate, paths, items, artifact, freshness, limits, owners, impact.'
        }
      ]
    })
  })

  it('reports wrong types, sorted by position', () => {
    const text = yaml(
      'paths:',
      '  contracts: contracts/*.yaml',
      '  ignore: [1]',
      'owners:',
      '  codeowners: "yes"'
    )
    expect(loadConfig(text, P)).toEqual({
      ok: false,
      errors: [
        { path: P, line: 2, column: 3, message: 'paths.contracts: must be a list.' },
        { path: P, line: 3, column: 12, message: 'paths.ignore[0]: must be a string.' },
        { path: P, line: 5, column: 3, message: 'owners.codeowners: must be true or false.' }
      ]
    })
  })

  it('reports a root that is not a mapping', () => {
    expect(loadConfig('- a\n- b\n', P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 1,
          column: 1,
          message:
            'The configuration must be a mapping of keys (gate, paths, items, artifact, freshness, limits, owners, impact).'
        }
      ]
    })
  })

  it('reports an empty formats list, an empty entry and a duplicate', () => {
    expect(loadConfig(yaml('artifact:', '  formats: []'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 2,
          column: 3,
          message: 'artifact.formats: list at least 1 entry, or remove the key to keep the default.'
        }
      ]
    })
    expect(loadConfig(yaml('artifact:', '  formats:', '    - onnx', '    - ""', '    - onnx'), P)).toEqual({
      ok: false,
      errors: [
        { path: P, line: 4, column: 7, message: 'artifact.formats[1]: must not be empty.' },
        { path: P, line: 5, column: 7, message: 'artifact.formats: lists the same entry twice; remove one.' }
      ]
    })
  })

  it.each(['daily', '0h'])('reports freshness.max %p as not a positive duration', (max) => {
    expect(loadConfig(yaml('freshness:', `  max: ${max}`), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 2,
          column: 3,
          message: `freshness.max: "${max}" is not a positive duration; write ISO 8601 (\`P1D\`, \`PT36H\`) or a number and a unit (\`24h\`, \`7d\`).`
        }
      ]
    })
  })

  it('reports a freshness.max that is not a string through the schema', () => {
    expect(loadConfig(yaml('freshness:', '  max: 24'), P)).toEqual({
      ok: false,
      errors: [{ path: P, line: 2, column: 3, message: 'freshness.max: must be a string.' }]
    })
  })

  it('reports a limits.maxFileBytes that is not a positive whole number of at most 100 MiB', () => {
    const errors = (value: string) => {
      const result = loadConfig(yaml('limits:', `  maxFileBytes: ${value}`), P)
      return result.ok ? [] : result.errors.map((e) => `${e.line}:${e.column} ${e.message}`)
    }
    expect(errors('0')).toEqual(['2:3 limits.maxFileBytes: 0 is below the minimum of 1.'])
    expect(errors('104857601')).toEqual([
      '2:3 limits.maxFileBytes: 104857601 is above the maximum of 104857600.'
    ])
    expect(errors('1.5')).toEqual(['2:3 limits.maxFileBytes: must be a whole number.'])
    expect(errors('1MiB')).toEqual(['2:3 limits.maxFileBytes: must be a whole number.'])
    expect(loadConfig(yaml('limits:', '  maxFileBytes: 2048'), P)).toMatchObject({
      ok: true,
      config: { limits: { maxFileBytes: 2048 } }
    })
  })

  it('never throws: any text is either a configuration or positioned errors', () => {
    const line = fc.constantFrom(
      'items:',
      '  contract.owner: ',
      'paths:',
      '  - ',
      '[',
      '{',
      'x: *a',
      '&a y: 1',
      'owners: {codeowners: 1}',
      '"',
      '\t',
      '---'
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.string()), { maxLength: 6 }), (lines) => {
        const result = loadConfig(lines.join('\n'), P)
        if (result.ok) expect(result.config.owners.codeowners).toEqual(expect.any(Boolean))
        else for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1)
      })
    )
  })

  it('quotes a non-scalar severity instead of printing it', () => {
    expect(loadConfig(yaml('items:', '  contract.owner: [error]'), P)).toEqual({
      ok: false,
      errors: [
        {
          path: P,
          line: 2,
          column: 3,
          message: 'items.contract.owner: "a list" is not allowed; use one of error, warning, notice, off.'
        }
      ]
    })
  })
})
