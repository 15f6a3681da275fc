// The first door behind parseSource: a reader of the block YAML that contracts and model cards are written in (and
// PyYAML and the yaml library write), which builds the data and every key's and item's offset in one pass over
// the text, several times faster than js-yaml. It reads block mappings and sequences, plain, quoted and block
// scalars (folded over lines as YAML folds them) and flow collections, on one line or several. Anything else
// (anchors, aliases, tags, explicit, complex, merge or duplicate keys, directives, several documents, a CR without
// a LF, control characters, lone surrogates, an empty item, an indentation indicator, a scalar at the root; tabs
// outside a flow document such as JSON) and every error is declined: the js-yaml door or the full parser read those,
// and the full parser stays the authority on every message. CRLF line ends are read as LF, with offsets counted in
// the original text.
import type { JsonPath } from '../vocabulary.js'
import { resolvePlain } from './core-schema.js'
import type { FastParse } from './fast.js'

/** Thrown to hand the text to the next door; never escapes blockParse. */
const DECLINE = new Error('not block YAML this reader reads')

/** Deeper than this, the text goes to the doors that enforce source.ts's MAX_DEPTH with its message. */
const MAX_DEPTH = 64
/** The yaml library refuses implicit keys longer than this. */
const MAX_KEY = 1024

// Characters this reader leaves to the other doors: control and non-printable characters (a CR is allowed only
// before a LF), line and paragraph separators, byte-order marks, and surrogates that do not make a pair. These
// regular expressions scan a text twice as fast as a loop over its character codes.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREAD = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/
const LONE_CR = /\r(?!\n)/
const SURROGATE = /[\uD800-\uDFFF]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const TAB = 9
const NL = 10
const SPACE = 32
const DQUOTE = 34
const HASH = 35
const PERCENT = 37
const SQUOTE = 39
const COMMA = 44
const DASH = 45
const DOT = 46
const COLON = 58
const GT = 62
const QMARK = 63
const LBRACKET = 91
const BACKSLASH = 92
const RBRACKET = 93
const LBRACE = 123
const PIPE = 124
const RBRACE = 125

/** Positions of one collection's children: its keys (a mapping) or items (a sequence), in document order. */
interface Children {
  keys: string[] | undefined
  offsets: number[]
}

// Past the end of the text charCodeAt gives NaN, which no comparison matches: `end` covers it.
const isBreakOrEnd = (c: number): boolean => c === SPACE || c === NL || c !== c
const isWhite = (c: number): boolean => c === SPACE || c === TAB
const isFlowIndicator = (c: number): boolean =>
  c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE

/** Characters that cannot start a plain scalar (whatever follows them). */
const RESERVED = new Uint8Array(128)
for (const c of '&*!%@`|>#"\',[]{}') RESERVED[c.charCodeAt(0)] = 1
const isReserved = (c: number): boolean => RESERVED[c] === 1

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029'
}
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 }
const HEX_DIGITS = /^[0-9a-fA-F]+$/

/** Read block YAML; undefined when the text needs another door. */
export function blockParse(original: string): FastParse | undefined {
  if (UNREAD.test(original)) return undefined
  if (SURROGATE.test(original) && LONE_SURROGATE.test(original)) return undefined
  let text = original
  let crlf: number[] | undefined
  if (original.includes('\r')) {
    if (LONE_CR.test(original)) return undefined
    text = original.replace(/\r\n/g, '\n')
    crlf = crlfBreaks(original)
  }
  const reader = new BlockReader(text)
  let data: unknown
  try {
    data = reader.document()
  } catch (err) {
    if (err === DECLINE) return undefined
    throw err
  }
  if (data === null || typeof data !== 'object') return undefined
  const { children, root } = reader
  const inOriginal = (offset: number): number => (crlf ? offset + countBelow(crlf, offset) : offset)
  return {
    data,
    offsetOf: (path) => inOriginal(offsetIn(path))
  }

  function offsetIn(path: JsonPath): number {
    let node: unknown = data
    let offset = root
    for (const segment of path) {
      if (node === null || typeof node !== 'object') break
      const of = children.get(node)
      if (!of) break
      let at: number
      if (of.keys) at = of.keys.indexOf(String(segment))
      else if (typeof segment === 'number') at = segment < of.offsets.length ? segment : -1
      else break
      if (at < 0) break
      offset = of.offsets[at]
      node = of.keys ? (node as Record<string, unknown>)[of.keys[at]] : (node as unknown[])[at]
    }
    return offset
  }
}

/** Where each CRLF's LF stands once the CRs are removed, ascending. */
function crlfBreaks(original: string): number[] {
  const out: number[] = []
  for (let i = original.indexOf('\r\n'); i >= 0; i = original.indexOf('\r\n', i + 2)) out.push(i - out.length)
  return out
}

/** How many of the ascending `offsets` are below `offset`. */
function countBelow(offsets: number[], offset: number): number {
  let lo = 0
  let hi = offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (offsets[mid] < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

class BlockReader {
  readonly children = new Map<object, Children>()
  /** Offset of the root node. */
  root = 0
  /** After a block node: the start of the first line it did not consume (or the text's length). */
  private pos = 0
  /** After a flow node or a quoted scalar: the offset just past it. */
  private at = 0
  private depth = 0
  private hash = -1
  private hashSearched = -1
  private eolFrom = -1
  private eol = -1
  /** The indentation of the line skipToContent found. */
  private indent = 0
  /** Lines inside the flow collection being read stay right of this column. */
  private flowParent = -1
  private readonly len: number

  constructor(private readonly text: string) {
    this.len = text.length
  }

  private c(i: number): number {
    return this.text.charCodeAt(i)
  }

  document(): unknown {
    let p = this.skipToContent(0)
    if (this.isMarker(p, DASH)) {
      let i = p + 3
      while (this.c(i) === SPACE) i++
      if (this.c(i) === HASH && this.c(i - 1) === SPACE) i = this.lineEnd(i)
      if (i < this.len && this.c(i) !== NL) throw DECLINE
      p = this.skipToContent(i + 1)
    }
    if (p >= this.len) throw DECLINE
    const indent = this.indent
    const start = p + indent
    const first = this.c(start)
    if (first === PERCENT) throw DECLINE
    // Tabs are white space inside flow collections only (JSON files are often indented with them).
    if (first !== LBRACE && first !== LBRACKET && this.text.includes('\t')) throw DECLINE
    this.root = start
    const data = this.blockNode(start, indent, -1)
    if (this.skipToContent(this.pos) < this.len) throw DECLINE
    return data
  }

  /** A node that starts a line (or follows `- `) at `start`, in column `col`, under a parent indented `parent`. */
  private blockNode(start: number, col: number, parent: number): unknown {
    if (this.c(start) === DASH && isBreakOrEnd(this.c(start + 1))) return this.sequence(start, col)
    const colon = this.keyEnd(start)
    if (colon >= 0) return this.mapping(start, col, colon)
    return this.inlineValue(start, parent)
  }

  /** A block mapping whose first key starts at `start` and ends at `colon`. */
  private mapping(start: number, col: number, firstColon: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw DECLINE
    const map: Record<string, unknown> = {}
    const keys: string[] = []
    const offsets: number[] = []
    this.children.set(map, { keys, offsets })
    let p = start
    let colon = firstColon
    for (;;) {
      const key = this.keyText(p, colon)
      if (key === '__proto__' || key === '<<' || Object.hasOwn(map, key)) throw DECLINE
      keys.push(key)
      offsets.push(p)
      let v = colon + 1
      while (this.c(v) === SPACE) v++
      const first = this.c(v)
      if (v >= this.len || first === NL || first === HASH) {
        const next = this.skipToContent(this.lineEnd(v) + 1)
        if (next >= this.len) {
          map[key] = null
          this.pos = this.len
        } else {
          const indent = this.indent
          const s = next + indent
          if (indent > col) map[key] = this.blockNode(s, indent, col)
          else if (indent === col && this.c(s) === DASH && isBreakOrEnd(this.c(s + 1)))
            map[key] = this.sequence(s, col)
          else {
            map[key] = null
            this.pos = next
          }
        }
      } else map[key] = this.inlineValue(v, col)

      const next = this.skipToContent(this.pos)
      if (next >= this.len) {
        this.pos = this.len
        break
      }
      const indent = this.indent
      if (indent < col) {
        this.pos = next
        break
      }
      if (indent > col) throw DECLINE
      p = next + indent
      if (col === 0 && (this.isMarker(p, DASH) || this.isMarker(p, DOT))) throw DECLINE
      colon = this.keyEnd(p)
      if (colon < 0) throw DECLINE
    }
    this.depth--
    return map
  }

  private sequence(start: number, col: number): unknown[] {
    if (++this.depth > MAX_DEPTH) throw DECLINE
    const items: unknown[] = []
    const offsets: number[] = []
    this.children.set(items, { keys: undefined, offsets })
    let p = start
    for (;;) {
      let v = p + 1
      while (this.c(v) === SPACE) v++
      const first = this.c(v)
      // An empty item, one whose node starts on the next line, or a sequence nested on the same line.
      if (v >= this.len || first === NL || first === HASH) throw DECLINE
      if (first === DASH && isBreakOrEnd(this.c(v + 1))) throw DECLINE
      offsets.push(v)
      const colon = this.keyEnd(v)
      items.push(colon >= 0 ? this.mapping(v, col + (v - p), colon) : this.inlineValue(v, col))

      const next = this.skipToContent(this.pos)
      if (next >= this.len) {
        this.pos = this.len
        break
      }
      const indent = this.indent
      if (indent > col) throw DECLINE
      const s = next + indent
      if (indent < col || this.c(s) !== DASH || !isBreakOrEnd(this.c(s + 1))) {
        this.pos = next
        break
      }
      p = s
    }
    this.depth--
    return items
  }

  /** A scalar or flow collection at `v`, on the line of its key or dash; multi-line scalars stay right of `parent`. */
  private inlineValue(v: number, parent: number): unknown {
    const c = this.c(v)
    if (c === PIPE || c === GT) return this.blockScalar(v, parent)
    let value: unknown
    if (c === DQUOTE) value = this.doubleQuoted(v, parent)
    else if (c === SQUOTE) value = this.singleQuoted(v, parent)
    else if (c === LBRACKET || c === LBRACE) {
      this.flowParent = parent
      value = this.flow(v)
    } else if (isReserved(c)) throw DECLINE
    else if ((c === DASH || c === QMARK || c === COLON) && isBreakOrEnd(this.c(v + 1))) throw DECLINE
    else return this.plain(v, parent)
    this.endOfLine(this.at)
    return value
  }

  /** After a quoted scalar or a flow collection: only spaces and a comment may end its line. */
  private endOfLine(from: number): void {
    let i = from
    while (isWhite(this.c(i))) i++
    if (this.c(i) === HASH && isWhite(this.c(i - 1))) i = this.lineEnd(i)
    if (i >= this.len) this.pos = this.len
    else if (this.c(i) === NL) this.pos = i + 1
    else throw DECLINE
  }

  /**
   * One line of a plain scalar from `from`: its end (past the last character that is not a space) and whether a
   * comment ends it. A `: ` inside is a mapping where a scalar belongs: an error the full parser names.
   */
  private plainLine(from: number): { end: number; stop: number; comment: boolean } {
    const stop = this.lineEnd(from)
    let end = stop
    let comment = false
    for (let h = this.hashFrom(from); h < stop; h = this.hashFrom(h + 1)) {
      if (this.c(h - 1) === SPACE) {
        end = h
        comment = true
        break
      }
    }
    for (let c = this.text.indexOf(':', from); c >= 0 && c < end; c = this.text.indexOf(':', c + 1))
      if (isBreakOrEnd(this.c(c + 1))) throw DECLINE
    while (end > from && this.c(end - 1) === SPACE) end--
    return { end, stop, comment }
  }

  private plain(v: number, parent: number): unknown {
    const line = this.plainLine(v)
    let value = this.text.slice(v, line.end)
    let consumed = line.stop
    if (!line.comment) {
      let p = consumed + 1
      let empties = 0
      while (p < this.len) {
        const indent = this.indentAt(p)
        const s = p + indent
        const c = this.c(s)
        if (c === NL) {
          empties++
          p = s + 1
          continue
        }
        if (s >= this.len || indent <= parent || c === HASH) break
        // A continuation line starting like a node (`- x`, `[`, `&a`…) reads differently in different parsers.
        if (isReserved(c) || c === DASH || c === QMARK || c === COLON) throw DECLINE
        const next = this.plainLine(s)
        value += (empties === 0 ? ' ' : '\n'.repeat(empties)) + this.text.slice(s, next.end)
        empties = 0
        consumed = next.stop
        p = consumed + 1
        if (next.comment) break
      }
    }
    this.pos = consumed >= this.len ? this.len : consumed + 1
    return resolvePlain(value)
  }

  /** Offset of the `:` that ends an implicit key starting at `p`, or -1 when no key starts there. */
  private keyEnd(p: number): number {
    const c = this.c(p)
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(p)
      if (close < 0) return -1
      let i = close + 1
      while (this.c(i) === SPACE) i++
      return this.c(i) === COLON && isBreakOrEnd(this.c(i + 1)) ? i : -1
    }
    if (isReserved(c)) return -1
    if ((c === DASH || c === QMARK || c === COLON) && isBreakOrEnd(this.c(p + 1))) return -1
    const end = this.lineEnd(p)
    let colon = this.text.indexOf(':', p)
    while (colon >= 0 && colon < end && !isBreakOrEnd(this.c(colon + 1)))
      colon = this.text.indexOf(':', colon + 1)
    if (colon < 0 || colon >= end) return -1
    return this.commentBefore(p, colon) ? -1 : colon
  }

  /** Whether a comment (` #`) starts between `from` and `to` on one line. */
  private commentBefore(from: number, to: number): boolean {
    for (let h = this.hashFrom(from); h < to; h = this.hashFrom(h + 1))
      if (h > from && this.c(h - 1) === SPACE) return true
    return false
  }

  /** The closing quote of a quoted scalar at `p` on the same line, or -1. */
  private quoteEnd(p: number): number {
    const quote = this.c(p)
    for (let i = p + 1; i < this.len; i++) {
      const c = this.c(i)
      if (c === NL) return -1
      if (quote === DQUOTE && c === BACKSLASH) i++
      else if (c === quote) {
        if (quote === SQUOTE && this.c(i + 1) === SQUOTE) i++
        else return i
      }
    }
    return -1
  }

  private keyText(p: number, colon: number): string {
    const c = this.c(p)
    if (c === DQUOTE || c === SQUOTE) {
      const key = c === DQUOTE ? this.doubleQuoted(p, -1) : this.singleQuoted(p, -1)
      if (this.at - p > MAX_KEY) throw DECLINE
      return key
    }
    let end = colon
    while (this.c(end - 1) === SPACE) end--
    if (end - p > MAX_KEY) throw DECLINE
    const raw = this.text.slice(p, end)
    const value = resolvePlain(raw)
    // A null key is "" to the yaml library and "null" to js-yaml; 0x1F or 1.0 would be renamed.
    if (value === null || (typeof value === 'number' && String(value) !== raw)) throw DECLINE
    return String(value)
  }

  /** Ends a quoted scalar's line at the break `nl` (trailing spaces dropped) and folds it into the next. */
  private breakInQuoted(seg: number, nl: number, parent: number, out: { text: string }): number {
    if (parent < 0) throw DECLINE
    out.text += this.trimTrailingSpaces(seg, nl)
    return this.foldQuoted(nl, parent, out)
  }

  /** Folds a line break inside a quoted scalar; returns where the next line's text starts. */
  private foldQuoted(nl: number, parent: number, out: { text: string }): number {
    let p = nl + 1
    let empties = 0
    for (;;) {
      const indent = this.indentAt(p)
      const s = p + indent
      if (s >= this.len) throw DECLINE
      if (this.c(s) === NL) {
        empties++
        p = s + 1
        continue
      }
      if (indent <= parent) throw DECLINE
      out.text += empties === 0 ? ' ' : '\n'.repeat(empties)
      return s
    }
  }

  /** A double-quoted scalar at `p` (one line when `parent` is -1: a key); sets `at` past its closing quote. */
  private doubleQuoted(p: number, parent: number): string {
    const out = { text: '' }
    let seg = p + 1
    for (let i = p + 1; ;) {
      if (i >= this.len) throw DECLINE
      const c = this.c(i)
      if (c === DQUOTE) {
        out.text += this.text.slice(seg, i)
        this.at = i + 1
        return out.text
      }
      if (c === BACKSLASH) {
        out.text += this.text.slice(seg, i)
        const e = this.text[i + 1]
        if (e === '\n') {
          if (parent < 0) throw DECLINE
          // An escaped line break joins the lines without a space; the next line's indentation is dropped.
          const lengthBefore = out.text.length
          i = this.foldQuoted(i + 1, parent, out)
          out.text = out.text.slice(0, lengthBefore) + out.text.slice(lengthBefore).replace(/^ /, '')
          seg = i
          continue
        }
        const hex = HEX_LENGTH[e]
        if (hex !== undefined) {
          const digits = this.text.slice(i + 2, i + 2 + hex)
          if (digits.length !== hex || !HEX_DIGITS.test(digits)) throw DECLINE
          const code = parseInt(digits, 16)
          if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw DECLINE
          out.text += String.fromCodePoint(code)
          i += 2 + hex
        } else {
          const escaped = ESCAPES[e]
          if (escaped === undefined) throw DECLINE
          out.text += escaped
          i += 2
        }
        seg = i
        continue
      }
      if (c === NL) {
        i = seg = this.breakInQuoted(seg, i, parent, out)
        continue
      }
      i++
    }
  }

  /** A single-quoted scalar at `p` (one line when `parent` is -1); sets `at` past its closing quote. */
  private singleQuoted(p: number, parent: number): string {
    const out = { text: '' }
    let seg = p + 1
    for (let i = p + 1; ;) {
      if (i >= this.len) throw DECLINE
      const c = this.c(i)
      if (c === SQUOTE) {
        out.text += this.text.slice(seg, i)
        if (this.c(i + 1) === SQUOTE) {
          out.text += "'"
          i += 2
          seg = i
          continue
        }
        this.at = i + 1
        return out.text
      }
      if (c === NL) {
        i = seg = this.breakInQuoted(seg, i, parent, out)
        continue
      }
      i++
    }
  }

  private trimTrailingSpaces(from: number, to: number): string {
    let end = to
    while (end > from && this.c(end - 1) === SPACE) end--
    return this.text.slice(from, end)
  }

  /** A literal (`|`) or folded (`>`) block scalar whose header is at `v`; its lines stay right of `parent`. */
  private blockScalar(v: number, parent: number): string {
    const literal = this.c(v) === PIPE
    let i = v + 1
    const chomp = this.c(i) === DASH ? -1 : this.c(i) === 0x2b ? 1 : 0
    if (chomp !== 0) i++
    if (this.c(i) >= 0x30 && this.c(i) <= 0x39) throw DECLINE
    const sep = i
    while (this.c(i) === SPACE) i++
    if (this.c(i) === HASH && i > sep) i = this.lineEnd(i)
    if (i >= this.len || this.c(i) !== NL) throw DECLINE
    const lines: string[] = []
    let indent = -1
    let leading = 0
    let p = i + 1
    while (p < this.len) {
      const spaces = this.indentAt(p)
      const s = p + spaces
      if (s >= this.len) throw DECLINE
      if (this.c(s) === NL) {
        // Spaces past the indentation of the text are text (a more indented line, when folded).
        if (indent < 0) leading = Math.max(leading, spaces)
        lines.push(indent >= 0 && spaces > indent ? this.text.slice(p + indent, s) : '')
        p = s + 1
        continue
      }
      if (indent < 0) {
        if (spaces <= parent || leading > spaces) throw DECLINE
        indent = spaces
      } else if (spaces < indent) break
      const end = this.lineEnd(s)
      lines.push(this.text.slice(p + indent, end))
      p = end + 1
    }
    this.pos = Math.min(p, this.len)
    let last = lines.length - 1
    while (last >= 0 && lines[last] === '') last--
    if (last < 0) throw DECLINE
    const body = literal ? lines.slice(0, last + 1).join('\n') : fold(lines, last)
    if (chomp < 0) return body
    return body + '\n'.repeat(chomp > 0 ? lines.length - last : 1)
  }

  /** A flow collection on one line at `v`; sets `at` past its closing bracket. */
  private flow(v: number): unknown {
    if (++this.depth > MAX_DEPTH) throw DECLINE
    const seq = this.c(v) === LBRACKET
    const close = seq ? RBRACKET : RBRACE
    const keys: string[] | undefined = seq ? undefined : []
    const offsets: number[] = []
    const node: unknown[] | Record<string, unknown> = seq ? [] : {}
    this.children.set(node, { keys, offsets })
    let i = this.flowSpace(v + 1)
    while (this.c(i) !== close) {
      offsets.push(i)
      if (keys) {
        const key = this.flowKey(i)
        if (key === '__proto__' || key === '<<' || Object.hasOwn(node, key)) throw DECLINE
        keys.push(key)
        i = this.flowSpace(this.at + 1)
        const c = this.c(i)
        ;(node as Record<string, unknown>)[key] = c === COMMA || c === close ? null : this.flowItem(i)
        if (c !== COMMA && c !== close) i = this.flowSpace(this.at)
      } else {
        ;(node as unknown[]).push(this.flowItem(i))
        i = this.flowSpace(this.at)
      }
      const c = this.c(i)
      if (c === COMMA) i = this.flowSpace(i + 1)
      else if (c !== close) throw DECLINE
    }
    this.at = i + 1
    this.depth--
    return node
  }

  /** White space, comments and line breaks inside a flow collection; its lines stay right of `flowParent`. */
  private flowSpace(from: number): number {
    let i = from
    for (;;) {
      let c = this.c(i)
      while (isWhite(c)) c = this.c(++i)
      if (c === HASH && (isWhite(this.c(i - 1)) || this.c(i - 1) === NL)) {
        i = this.lineEnd(i)
        c = this.c(i)
      }
      if (c !== NL) break
      const p = i + 1
      const indent = this.indentAt(p)
      const next = this.c(p + indent)
      if (next !== NL && next === next) {
        if (indent <= this.flowParent) throw DECLINE
        if (indent === 0 && (this.isMarker(p, DASH) || this.isMarker(p, DOT))) throw DECLINE
      }
      i = p + indent
    }
    if (i >= this.len) throw DECLINE
    return i
  }

  /** A flow mapping's key at `i`, up to its `: `; sets `at` on the colon. */
  private flowKey(i: number): string {
    const c = this.c(i)
    let key: string
    // An implicit key is one line; after a quoted (JSON-like) key the value may follow the colon directly.
    const quoted = c === DQUOTE || c === SQUOTE
    if (quoted) key = c === DQUOTE ? this.doubleQuoted(i, -1) : this.singleQuoted(i, -1)
    else {
      const value = this.flowItem(i)
      if (value === null || typeof value === 'object') throw DECLINE
      const raw = this.text.slice(i, this.at)
      if (typeof value === 'number' && String(value) !== raw) throw DECLINE
      key = String(value)
    }
    let end = this.at
    while (isWhite(this.c(end))) end++
    if (this.c(end) !== COLON) throw DECLINE
    const after = this.c(end + 1)
    if (!quoted && !isWhite(after) && after !== NL) throw DECLINE
    this.at = end
    return key
  }

  /** A node inside a flow collection at `i`; sets `at` past it. */
  private flowItem(i: number): unknown {
    const c = this.c(i)
    if (c === LBRACKET || c === LBRACE) return this.flow(i)
    if (c === DQUOTE) return this.doubleQuoted(i, -1)
    if (c === SQUOTE) return this.singleQuoted(i, -1)
    if (isReserved(c)) throw DECLINE
    const next = this.c(i + 1)
    if (
      (c === DASH || c === QMARK || c === COLON) &&
      (isBreakOrEnd(next) || isWhite(next) || isFlowIndicator(next))
    )
      throw DECLINE
    let last = i
    for (let j = i; j < this.len; j++) {
      const ch = this.c(j)
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break
      if (ch === LBRACKET || ch === LBRACE) throw DECLINE
      if (ch === NL || (ch === HASH && isWhite(this.c(j - 1)))) {
        // The scalar ends with its line only when the collection goes on with another entry or closes: a plain
        // scalar folded over lines, or a key on one line and its colon on the next, is left to the other doors.
        const c = this.c(this.flowSpace(j))
        if (c !== COMMA && c !== RBRACKET && c !== RBRACE) throw DECLINE
        break
      }
      if (ch === COLON) {
        const after = this.c(j + 1)
        if (isBreakOrEnd(after) || isWhite(after) || isFlowIndicator(after)) break
      }
      if (!isWhite(ch)) last = j + 1
    }
    this.at = last
    return resolvePlain(this.text.slice(i, last))
  }

  /** The line start of the next line that holds more than spaces and a comment, or the text's length. */
  private skipToContent(from: number): number {
    let p = from
    while (p < this.len) {
      let i = p
      while (this.c(i) === SPACE) i++
      const c = this.c(i)
      if (c === NL) p = i + 1
      else if (c === HASH) p = this.lineEnd(i) + 1
      else if (i >= this.len) break
      else {
        this.indent = i - p
        return p
      }
    }
    return this.len
  }

  private indentAt(p: number): number {
    let i = p
    while (this.c(i) === SPACE) i++
    return i - p
  }

  /**
   * The first `#` at or after `from` (the text's length when there is none). Kept: most texts have few or none, and
   * searching to the end for every line would read the text once a line.
   */
  private hashFrom(from: number): number {
    if (from <= this.hash && from > this.hashSearched) return this.hash
    const h = this.text.indexOf('#', from)
    this.hashSearched = from - 1
    this.hash = h < 0 ? this.len : h
    return this.hash
  }

  /** The line break ending the line at `from` (or the text's length); the last answer is kept, as it is often asked again. */
  private lineEnd(from: number): number {
    if (from >= this.eolFrom && from <= this.eol) return this.eol
    const end = this.text.indexOf('\n', from)
    this.eolFrom = from
    this.eol = end < 0 ? this.len : end
    return this.eol
  }

  /** `---` or `...` at `p` (a line start) followed by a space, a line break or the end. */
  private isMarker(p: number, c: number): boolean {
    return this.c(p) === c && this.c(p + 1) === c && this.c(p + 2) === c && isBreakOrEnd(this.c(p + 3))
  }
}

/**
 * A folded block scalar's lines (indentation removed, '' for empty lines): a single line break between two lines
 * of text becomes a space, each empty line a line break; around more indented lines, breaks are kept.
 */
function fold(lines: string[], last: number): string {
  let out = ''
  let started = false
  let previousMore = false
  let empties = 0
  for (let k = 0; k <= last; k++) {
    const line = lines[k]
    if (line === '') {
      empties++
      continue
    }
    const more = line.charCodeAt(0) === SPACE
    if (!started) out = '\n'.repeat(empties) + line
    else if (!previousMore && !more) out += (empties === 0 ? ' ' : '\n'.repeat(empties)) + line
    else out += '\n'.repeat(empties + 1) + line
    started = true
    empties = 0
    previousMore = more
  }
  return out
}
