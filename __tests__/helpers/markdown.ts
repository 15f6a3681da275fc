// Reads rendered Markdown back with a real CommonMark + GFM parser (micromark, as mdast) and lists everything in it
// that text from a pull request must never become: HTML, links, images, mentions, references, broken tables and
// workflow-command lines. The renderer tests assert the list is empty.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

export interface MdNode {
  type: string
  value?: string
  url?: string
  depth?: number
  children?: MdNode[]
}

const extensions = [gfm()]
const mdastExtensions = [gfmFromMarkdown()]

export function parseGfm(markdown: string): MdNode {
  return fromMarkdown(markdown, { extensions, mdastExtensions }) as MdNode
}

export interface Allowed {
  /** The renderer's own HTML: tags as written, or patterns an HTML node must match whole. */
  html: readonly (string | RegExp)[]
  /** Where the renderer's own links (the `link` option) point; any other URL came from input. */
  linkPrefix?: string
  /** Where the renderer's own in-page links point (`#handoff-`): the checklist's anchors. */
  anchorPrefix?: string
  /** Texts of the renderer's own links besides line numbers and code spans (e.g. a fixed note's link). */
  linkTexts?: readonly string[]
  /** Block node types the renderer itself writes. */
  blocks: readonly string[]
}

/** A live @mention, a #123 / GH-123 reference, or a raw control or bidi character in rendered text. */
const LIVE_TEXT: readonly [string, RegExp][] = [
  ['mention', /@[\w-]/],
  ['reference', /#\d|\bGH-\d/i],
  // A soft line break between two of our own lines (the notes' quote) is the one newline a paragraph has.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  ['control or bidi character', /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/]
]

/** Node types that never come from our renderers, whatever the input. */
const NEVER = new Set([
  'image',
  'imageReference',
  'linkReference',
  'definition',
  'footnoteReference',
  'footnoteDefinition'
])

const INLINE = new Set(['text', 'inlineCode', 'emphasis', 'strong', 'delete', 'link', 'html', 'break'])

/** `tree` is the parsed `markdown`, when the caller has it already. */
export function markdownProblems(markdown: string, allowed: Allowed, tree = parseGfm(markdown)): string[] {
  const problems: string[] = []
  const walk = (node: MdNode, inLink: boolean): void => {
    const { type } = node
    if (NEVER.has(type)) problems.push(`${type} node`)
    else if (type === 'html' && !allowedHtml(allowed, node.value ?? ''))
      problems.push(`html node ${JSON.stringify(node.value)}`)
    else if (type === 'link') {
      const ours = (prefix: string | undefined): boolean =>
        prefix !== undefined && !!node.url?.startsWith(prefix)
      if (!ours(allowed.linkPrefix) && !ours(allowed.anchorPrefix))
        problems.push(`link to ${JSON.stringify(node.url)}`)
      const kids = node.children ?? []
      // Our links' text is a line number or a code span; an autolink's text would be the URL itself.
      const own = (kid: MdNode): boolean =>
        kid.type === 'inlineCode' ||
        /^\d+$/.test(kid.value ?? '') ||
        (allowed.linkTexts ?? []).includes(kid.value ?? '')
      if (!(kids.length === 1 && own(kids[0]))) problems.push(`link text ${JSON.stringify(kids)}`)
      if (inLink) problems.push('link in a link')
    } else if (!INLINE.has(type) && !allowed.blocks.includes(type) && type !== 'root')
      problems.push(`${type} block`)
    if (type === 'text') {
      for (const [what, pattern] of LIVE_TEXT)
        if (pattern.test(node.value ?? '')) problems.push(`${what} in text ${JSON.stringify(node.value)}`)
    }
    if (type === 'inlineCode' && LIVE_TEXT[2][1].test(node.value ?? ''))
      problems.push(`control character in code ${JSON.stringify(node.value)}`)
    if (type === 'table') {
      const rows = node.children ?? []
      const width = rows[0]?.children?.length ?? 0
      rows.forEach((row, i) => {
        if (row.children?.length !== width)
          problems.push(`table row ${i} has ${row.children?.length} cells, not ${width}`)
      })
    }
    for (const child of node.children ?? []) walk(child, inLink || type === 'link')
  }
  walk(tree, false)
  for (const line of markdown.split(/\r\n|\r|\n/))
    if (line.trimStart().startsWith('::')) problems.push(`workflow command line ${JSON.stringify(line)}`)
  return problems
}

function allowedHtml(allowed: Allowed, html: string): boolean {
  return allowed.html.some((a) =>
    typeof a === 'string' ? a === html : new RegExp(`^(?:${a.source})$`).test(html)
  )
}

/**
 * The Markdown report's own HTML: <sub>, <br>, the anchors the checklist links to (our names only), and the
 * <details>/<summary> of collapsed sections (our counts and words only, no character from input).
 */
export const REPORT_HTML: readonly (string | RegExp)[] = [
  '<sub>',
  '</sub>',
  '<br>',
  '</a>',
  /<a name="handoff-\d+(?:-[a-z-]+)?">/,
  /<details><summary>[0-9a-z ,-]+<\/summary>/,
  '</details>'
]

/** Every node of a type, depth first. */
export function nodesOf(root: MdNode, type: string): MdNode[] {
  const found: MdNode[] = []
  const walk = (node: MdNode): void => {
    if (node.type === type) found.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
  return found
}

/** The visible text of a node: its text and code, without the zero width spaces that break triggers. */
export function plainText(node: MdNode): string {
  if (node.value !== undefined && node.type !== 'html') return node.value.replace(/\u200b/g, '')
  return (node.children ?? []).map(plainText).join('')
}
