import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { MAX_DEPTH, parseSource } from '../../src/parse/source.js'

describe('parseSource', () => {
  it('locates present keys on their own line and missing keys on their mapping', () => {
    const text = [
      'id: orders',
      'info:',
      '  title: Orders',
      '  version: 1.0.0',
      'models:',
      '  - a',
      '  - b',
      ''
    ].join('\n')
    const src = parseSource('c.yaml', text)
    expect(src.errors).toEqual([])
    expect(src.data).toEqual({
      id: 'orders',
      info: { title: 'Orders', version: '1.0.0' },
      models: ['a', 'b']
    })
    expect(src.locate(['info', 'version'])).toEqual({ line: 4, column: 3 })
    expect(src.locate(['info', 'owner'])).toEqual({ line: 2, column: 1 })
    expect(src.locate(['models', 1])).toEqual({ line: 7, column: 5 })
    expect(src.locate(['nothing', 'here'])).toEqual({ line: 1, column: 1 })
  })

  it('applies merge keys as PyYAML and js-yaml do, and locates the mapping that merges', () => {
    const text = [
      'defaults: &team',
      '  owner: checkout-team',
      '  freshness: 1h',
      'contract:',
      '  <<: *team',
      '  id: orders',
      ''
    ].join('\n')
    const src = parseSource('c.yaml', text)
    expect(src.errors).toEqual([])
    expect(src.data).toEqual({
      defaults: { owner: 'checkout-team', freshness: '1h' },
      contract: { owner: 'checkout-team', freshness: '1h', id: 'orders' }
    })
    expect(src.locate(['contract', 'id'])).toEqual({ line: 6, column: 3 })
    expect(src.locate(['contract', 'owner'])).toEqual({ line: 4, column: 1 })
  })

  it('reads a double-quoted string continued with a trailing backslash, as PyYAML writes long ones', () => {
    const text = [
      'description:',
      '  purpose: "Orders placed in the web shop, one row per order line, written by the checkout\\',
      '    \\ service and read by finance"',
      'owner: checkout',
      ''
    ].join('\n')
    const src = parseSource('c.yaml', text)
    expect(src.errors).toEqual([])
    expect(src.data).toEqual({
      description: {
        purpose:
          'Orders placed in the web shop, one row per order line, written by the checkout service and read by finance'
      },
      owner: 'checkout'
    })
    expect(src.locate(['owner'])).toEqual({ line: 4, column: 1 })
  })

  it('says where a second document starts in a multi-document file, and what to do', () => {
    const src = parseSource('k8s.yaml', 'kind: Namespace\nname: a\n---\nkind: Service\nname: b\n')
    expect(src.errors).toEqual([
      {
        message:
          'A second YAML document starts here (`---`): a contract or model card is one document, so split the file or list it in `paths.ignore`',
        line: 3,
        column: 1
      }
    ])
  })

  it('keeps front-matter positions true to the Markdown file', () => {
    const text = ['---', 'license: mit', 'handoff:', '  owner: "@acme/ml"', '---', '# Card', ''].join('\n')
    const src = parseSource('models/churn/README.md', text)
    expect(src.frontMatter).toBe(true)
    expect(src.locate(['handoff', 'owner'])).toEqual({ line: 4, column: 3 })
    expect(src.locate(['handoff', 'artifact'])).toEqual({ line: 3, column: 1 })
  })

  it('reads front matter with CRLF line endings', () => {
    const text = '---\r\nlicense: mit\r\nlibrary_name: timm\r\n---\r\n# x\r\n'
    const src = parseSource('README.md', text)
    expect(src.data).toEqual({ license: 'mit', library_name: 'timm' })
    expect(src.locate(['library_name'])).toEqual({ line: 3, column: 1 })
  })

  it('says when a Markdown file has no front matter', () => {
    const src = parseSource('README.md', '# Just a readme\n')
    expect(src.noYaml).toBe(true)
    expect(src.data).toBeUndefined()
  })

  it('reports a syntax error with its line in the whole file', () => {
    const text = ['---', 'license: mit', 'tags: [a, b', '---', ''].join('\n')
    const src = parseSource('README.md', text)
    expect(src.data).toBeUndefined()
    expect(src.errors).toEqual([
      {
        message:
          'Flow sequence in block collection must be sufficiently indented and end with a ] (the sequence starts at line 3, column 7)',
        line: 3,
        column: 12
      }
    ])
  })

  it('reports duplicate keys as an error at the duplicate', () => {
    const src = parseSource('c.yaml', 'id: a\nversion: 1\nid: b\n')
    expect(src.errors).toHaveLength(1)
    expect(src.errors[0]).toMatchObject({ line: 3, column: 1 })
    expect(src.errors[0].message).toMatch(/unique/i)
  })

  it('names where an unclosed flow collection starts; the parser notices it only on a later line', () => {
    const text = ['id: orders', 'freshness: [24h', 'owner: "@acme/data"', ''].join('\n')
    expect(parseSource('c.yaml', text).errors).toEqual([
      {
        message:
          'Flow sequence in block collection must be sufficiently indented and end with a ] (the sequence starts at line 2, column 12)',
        line: 3,
        column: 1
      }
    ])
    const nested = ['a:', '  b: { c: [1, 2]', '  d: 1', ''].join('\n')
    expect(parseSource('c.yaml', nested).errors).toEqual([
      {
        message:
          'Flow map in block collection must be sufficiently indented and end with a } (the map starts at line 2, column 6)',
        line: 3,
        column: 3
      }
    ])
  })

  it('adds nothing to other syntax errors', () => {
    expect(parseSource('c.yaml', 'a: "open\nb: 1\n').errors.map((e) => e.message)).toEqual([
      'Missing closing "quote'
    ])
  })
})

describe('parseSource on hostile input', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('prints no warning for a mapping used as a key (it is stringified)', () => {
    const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const src = parseSource('README.md', ['---', '{model_id}: x', '? [a, b]', ': y', '---', ''].join('\n'))
    expect(src.errors).toEqual([])
    expect(src.data).toEqual({ '{ model_id }': 'x', '[ a, b ]': 'y' })
    expect(emitWarning).not.toHaveBeenCalled()
    expect(warn).not.toHaveBeenCalled()
  })

  const flow = (depth: number) => `schema: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
  const block = (depth: number) =>
    `schema:\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`
  const json = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
  const DEEP = `Nested too deeply (more than ${MAX_DEPTH} levels)`

  it('accepts nesting up to the limit', () => {
    expect(parseSource('c.yaml', flow(MAX_DEPTH - 1)).errors).toEqual([])
    expect(parseSource('c.yaml', block(MAX_DEPTH - 1)).errors).toEqual([])
  })

  // The first collection past the limit, however deep the file goes on and whether or not the parser ran out of stack.
  it.each([MAX_DEPTH, 1000, 5000, 20000])(
    'reports nesting %d deep on the first node past the limit',
    (depth) => {
      // `schema:` is level 1 and its first `[` (column 9) level 2, so level 101 opens at column 108.
      expect(parseSource('c.yaml', flow(depth)).errors).toEqual([
        { message: DEEP, line: 1, column: 8 + MAX_DEPTH }
      ])
      // Level n + 1 is the mapping under `k(n - 1)`, on line n + 1, indented 2n.
      expect(parseSource('c.yaml', block(depth)).errors).toEqual([
        { message: DEEP, line: MAX_DEPTH + 1, column: 2 * MAX_DEPTH + 1 }
      ])
      expect(parseSource('c.json', json(depth + 1)).errors).toEqual([
        { message: DEEP, line: 1, column: 5 * MAX_DEPTH + 1 }
      ])
    }
  )

  it('reports deep nesting in front matter at its line in the file', () => {
    const text = `---\nhandoff:\n  x: ${'['.repeat(3000)}${']'.repeat(3000)}\n---\n# Card\n`
    const src = parseSource('README.md', text)
    expect(src.data).toBeUndefined()
    expect(src.errors).toEqual([{ message: DEEP, line: 3, column: 6 + MAX_DEPTH - 2 }])
  })
})
