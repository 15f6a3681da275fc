// The one module that knows how text becomes data. Everything downstream sees `data` and asks `locate(path)`
// for positions, so a faster parser that keeps the same line numbers can replace this one without other changes.
import type { Document, Node, Pair, YAMLError } from 'yaml'
import type { JsonPath, Position } from '../vocabulary.js'
import { blockParse } from './block.js'
import { fastParse } from './fast.js'
import { findFrontMatter } from './front-matter.js'
import { yamlLib } from './libs.js'

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
  /** Whether the text was refused unparsed (too many nodes): nothing is known about it, so it is never skipped. */
  refused?: boolean
  /**
   * Position of the deepest node on `path` that exists. For a mapping key that is the key itself, so a missing
   * key is reported on the line of the mapping it belongs in, and a present one on its own line.
   */
  locate(path: JsonPath): Position
}

const MARKDOWN = /\.(md|markdown)$/i

/**
 * Collections nested deeper than this are refused. The yaml library composes nodes recursively and runs out of stack
 * somewhere past several hundred levels, at a depth that depends on the stack left; a fixed limit far below that
 * gives every run the same answer. No contract or model card comes near it.
 */
export const MAX_DEPTH = 100

/**
 * Documents with more line breaks and commas than this (a cheap upper bound on their nodes, counted before
 * parsing) are refused: composing millions of nodes would exhaust memory. A contract or model card has a few
 * thousand; `limits.maxFileBytes` keeps files far below this unless it is raised.
 */
export const MAX_NODES = 250_000

export function parseSource(path: string, text: string): ParsedSource {
  const pos = positions(text)
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

  // A text shorter than the limit cannot hold more separators than it: most files skip the count.
  if (yamlText.length > MAX_NODES && countSeparators(yamlText, MAX_NODES) > MAX_NODES) {
    const message = `Too many nodes (more than ${MAX_NODES.toLocaleString('en-US')} lines and commas); a data contract or model card is far smaller`
    return { ...failed([{ message, ...pos(start) }], frontMatter, pos), refused: true }
  }

  // Three doors, fastest first: the block reader, js-yaml with positions, the yaml library's document model.
  const fast = blockParse(yamlText) ?? fastParse(yamlText)
  if (!fast) return fullParse(yamlText, start, frontMatter, pos)
  let full: ParsedSource | undefined
  const locate = (p: JsonPath): Position => {
    const offset = fast.offsetOf(p)
    if (offset !== undefined) return pos(start + offset)
    full ??= fullParse(yamlText, start, frontMatter, pos)
    return full.locate(p)
  }
  return { data: fast.data, errors: [], frontMatter, noYaml: false, locate }
}

/** 1-based positions of offsets in the whole text (front matter included), its line starts counted on first use. */
function positions(text: string): (offset: number) => Position {
  let starts: number[] | undefined
  return (offset) => {
    if (!starts) {
      starts = [0]
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    }
    const at = Math.max(0, Math.min(offset, text.length))
    // The last line start at or before `at`.
    let low = 0
    let high = starts.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (starts[mid] <= at) low = mid + 1
      else high = mid
    }
    return { line: low, column: at - starts[low - 1] + 1 }
  }
}

// The yaml library's own text names its API (`please use YAML.parseAllDocuments()`); a reader needs what to do.
const MULTIPLE_DOCUMENTS =
  'A second YAML document starts here (`---`): a contract or model card is one document, so split the file or list it in `paths.ignore`'

/** The yaml library's document model: every error with its position, and positions for what the fast door cannot read. */
export function fullParse(
  yamlText: string,
  start: number,
  frontMatter: boolean,
  pos: (offset: number) => Position
): ParsedSource {
  let doc: Document.Parsed
  try {
    doc = yamlLib().parseDocument(yamlText, {
      keepSourceTokens: false,
      // Warnings (a mapping used as a key is stringified by toJS) would go to stderr through process.emitWarning.
      logLevel: 'error',
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      // `<<: *defaults` as PyYAML and js-yaml apply it (YAML 1.1 merge keys; datacontract-cli's users write them).
      merge: true
    })
  } catch (err) {
    // The yaml library reports problems as doc.errors; a throw here is a defect in it, not a bad file.
    return failed(
      [{ message: String(err instanceof Error ? err.message : err), ...pos(start) }],
      frontMatter,
      pos
    )
  }
  // Before the errors: running out of stack in the parser (RESOURCE_EXHAUSTION) happens far below the first node
  // past MAX_DEPTH, which the partial document still holds, so the report does not depend on the stack.
  const deep = firstTooDeep(doc.contents)
  const exhausted = doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')
  if (deep || exhausted) {
    const message = `Nested too deeply (more than ${MAX_DEPTH} levels)`
    return failed([{ message, ...pos(start + (deep?.range?.[0] ?? 0)) }], frontMatter, pos)
  }
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({
      message:
        e.code === 'MULTIPLE_DOCS'
          ? MULTIPLE_DOCUMENTS
          : firstLine(e.message) + flowStart(doc, e, (offset) => pos(start + offset)),
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
      if (yamlLib().isMap(node)) {
        const pair = node.items.find((p: Pair) => keyOf(p) === String(segment))
        if (!pair) break
        const key = pair.key as Node | null
        if (key && yamlLib().isScalar(key) && key.range) anchor = [key.range[0], key.range[1]]
        node = pair.value as Node | null
      } else if (yamlLib().isSeq(node) && typeof segment === 'number') {
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

/** Line feeds and commas in `text`, counting stops just past `stopAt`. */
function countSeparators(text: string, stopAt: number): number {
  let n = 0
  for (let i = 0; i < text.length && n <= stopAt; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 44) n++
  }
  return n
}

/** The collections under `root` with their depth (the root collection is 1), in document order, without recursion. */
function* collections(root: unknown): Generator<{ node: Node; depth: number }> {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (!yamlLib().isMap(node) && !yamlLib().isSeq(node)) continue
    yield { node, depth }
    const children: unknown[] = []
    for (const item of node.items as unknown[]) {
      if (yamlLib().isPair(item)) children.push(item.key, item.value)
      else children.push(item)
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 })
  }
}

function firstTooDeep(root: unknown): Node | undefined {
  for (const { node, depth } of collections(root)) if (depth > MAX_DEPTH) return node
  return undefined
}

/**
 * The yaml library reports an unclosed (or under-indented) flow collection where it gives up, usually the next
 * line. The collection it gave up on ends exactly there, so its start can be named: `(the sequence starts at line 6,
 * column 12)`. Empty for every other error.
 */
function flowStart(doc: Document.Parsed, error: YAMLError, at: (offset: number) => Position): string {
  const kind = /^Flow (sequence|map) in block collection/.exec(error.message)?.[1]
  const end = error.pos?.[0]
  if (!kind || end === undefined) return ''
  let opened: number | undefined
  for (const { node } of collections(doc.contents)) {
    const flow = (node as { flow?: boolean }).flow === true
    if (!flow || yamlLib().isSeq(node) !== (kind === 'sequence') || !node.range || node.range[1] !== end)
      continue
    if (node.range[0] < end && (opened === undefined || node.range[0] > opened)) opened = node.range[0]
  }
  if (opened === undefined) return ''
  const { line, column } = at(opened)
  return ` (the ${kind} starts at line ${line}, column ${column})`
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key
  if (yamlLib().isScalar(key)) return String(key.value)
  if (yamlLib().isPair(key)) return undefined
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
