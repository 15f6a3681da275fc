// The comment as GitHub renders it: every message of every item, with values holding `<`, `>` and `&`, read back
// with a GFM parser. Code shows its text as it is (an entity in code shows literally on GitHub), tables stay whole.
import { describe, expect, it } from '@jest/globals'
import { allItems } from '../../src/checks/index.js'
import { buildReport, fill } from '../../src/core/engine.js'
import type { FileReport, Finding } from '../../src/vocabulary.js'
import { commentBody } from '../../src/github/publish/comment.js'
import { markdownProblems, nodesOf, parseGfm, REPORT_HTML } from '../helpers/markdown.js'
import { LINKS } from '../helpers/links.js'

const VALUE = 'p95 < 50ms & a > b'
const links = LINKS

/** One file per kind, each with every message of every item of that kind, placeholders filled with VALUE. */
function report(): ReturnType<typeof buildReport> {
  const files: FileReport[] = (['contract', 'model-card'] as const).map((kind, i) => {
    const path = `${kind}s/x${i}.yaml`
    const findings: Finding[] = allItems
      .filter((item) => item.appliesTo === kind || item.id.startsWith('file.'))
      .flatMap((item) =>
        Object.values(item.messages).map((template, n) => ({
          item: item.id,
          severity: 'error' as const,
          status: 'invalid' as const,
          message: fill(template, new Proxy({}, { has: () => true, get: () => VALUE })),
          path,
          line: n + 1,
          column: 1,
          ...(n % 2 === 1 ? { origin: 'pre-existing' as const } : {})
        }))
      )
    return { path, kind, standard: kind === 'contract' ? 'odcs' : 'huggingface', findings }
  })
  return buildReport(files)
}

describe('the sticky comment read back with a GFM parser', () => {
  it('has no entity in code, whole tables and only our own HTML and links', () => {
    const r = report()
    const body = commentBody(r, links, ['Latency `p95 < 50ms` & more'])
    const tree = parseGfm(body)
    const messages = r.files.flatMap((f) => f.findings.map((x) => x.message))
    const codeParts = new Set(
      [...messages, 'Latency `p95 < 50ms` & more'].flatMap((m) =>
        [...m.matchAll(/`([^`]+)`/g)].map((x) => x[1])
      )
    )
    const code = nodesOf(tree, 'inlineCode').map((n) => n.value!)
    expect(code.filter((c) => /&(?:lt|gt|amp|#\d+|#x[0-9a-f]+);/i.test(c))).toEqual([])
    expect(code).toContain('handoff.serving.latency: p95 < 50ms')
    const paths = new Set(r.files.map((f) => f.path))
    const items = new Set(allItems.map((i) => i.id))
    expect(
      code.filter((c) => !codeParts.has(c) && !paths.has(c) && !items.has(c) && c !== 'gate: new')
    ).toEqual([])
    expect(
      markdownProblems(
        body,
        {
          html: ['<!-- handoff-check -->', ...REPORT_HTML],
          linkPrefix: 'https://github.com/acme/shop/',
          anchorPrefix: '#handoff-',
          linkTexts: ['❌'],
          blocks: ['heading', 'paragraph', 'blockquote', 'table', 'tableRow', 'tableCell']
        },
        tree
      )
    ).toEqual([])
    // Every table row has its header's cell count (markdownProblems checks it); there are some.
    expect(nodesOf(tree, 'table').length).toBeGreaterThanOrEqual(4)
  })
})
