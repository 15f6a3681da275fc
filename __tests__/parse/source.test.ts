import { describe, expect, it } from '@jest/globals'
import { parseSource } from '../../src/parse/source.js'

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
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
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
})
