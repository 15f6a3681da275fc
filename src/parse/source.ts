// The one module that knows how text becomes data. Everything downstream sees `data` and asks `locate(path)`
// for positions, so a faster parser that keeps the same line numbers can replace this one without other changes.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node, Pair } from 'yaml'
import type { JsonPath, Position } from '../core/types.js'
import { findFrontMatter } from './front-matter.js'

export interface ParseProblem {
  message: string
  line: number
  column: number
}

export interface ParsedSource {
  /** The parsed value; `undefined` when the text could not be parsed or holds no YAML (a Markdown file without front matter). */
  data: unknown
  /** Parse errors with their positions in the whole file; empty when parsing succeeded. */
  errors: ParseProblem[]
  /** Whether the YAML came from Markdown front matter. */
  frontMatter: boolean
  /** Whether a Markdown file had no front matter block at all. */
  noYaml: boolean
  /**
   * Position of the deepest node on `path` that exists. For a mapping key that is the key itself, so a missing
   * key is reported on the line of the mapping it belongs in, and a present one on its own line.
   */
  locate(path: JsonPath): Position
}

const MARKDOWN = /\.(md|markdown)$/i

export function parseSource(path: string, text: string): ParsedSource {
  const lineCounter = new LineCounter()
  // Counting lines over the whole text keeps front-matter positions true to the file.
  lineCounter.addNewLine(0)
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineCounter.addNewLine(i + 1)
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)))
    return { line, column: col }
  }

  let yamlText = text
  let start = 0
  let frontMatter = false
  if (MARKDOWN.test(path)) {
    const block = findFrontMatter(text)
    if (!block) return emptySource(pos)
    yamlText = block.body
    start = block.start
    frontMatter = true
  }

  let doc: Document.Parsed
  try {
    doc = parseDocument(yamlText, {
      keepSourceTokens: false,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true
    })
  } catch (err) {
    // The yaml library reports problems as doc.errors; a throw here is a defect in it, not a bad file.
    return failed(
      [{ message: String(err instanceof Error ? err.message : err), ...pos(start) }],
      frontMatter,
      pos
    )
  }
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({
      message: firstLine(e.message),
      ...pos(start + (e.pos?.[0] ?? 0))
    }))
    return failed(errors, frontMatter, pos)
  }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 1000 })
  } catch (err) {
    return failed(
      [{ message: firstLine(String(err instanceof Error ? err.message : err)), ...pos(start) }],
      frontMatter,
      pos
    )
  }

  const locate = (path: JsonPath): Position => {
    let node: Node | null | undefined = doc.contents as Node | null
    let anchor: [number, number] | undefined = node?.range ? [node.range[0], node.range[1]] : undefined
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p: Pair) => keyOf(p) === String(segment))
        if (!pair) break
        const key = pair.key as Node | null
        if (key && isScalar(key) && key.range) anchor = [key.range[0], key.range[1]]
        node = pair.value as Node | null
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | null | undefined
        if (!item) break
        if (item.range) anchor = [item.range[0], item.range[1]]
        node = item
      } else break
    }
    if (!anchor) return pos(start)
    return pos(start + anchor[0])
  }

  return { data, errors: [], frontMatter, noYaml: false, locate }
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key
  if (isScalar(key)) return String(key.value)
  if (isPair(key)) return undefined
  return key == null ? undefined : String(key)
}

// The yaml library appends its own "at line L, column C:" counted from the front matter; we give file positions.
function firstLine(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim()
}

function failed(errors: ParseProblem[], frontMatter: boolean, pos: (o: number) => Position): ParsedSource {
  const first = errors[0] ? { line: errors[0].line, column: errors[0].column } : pos(0)
  return { data: undefined, errors, frontMatter, noYaml: false, locate: () => first }
}

function emptySource(pos: (o: number) => Position): ParsedSource {
  return { data: undefined, errors: [], frontMatter: false, noYaml: true, locate: () => pos(0) }
}
