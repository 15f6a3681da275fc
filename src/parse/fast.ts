// The fast door behind parseSource: js-yaml builds the data several times faster than the yaml library's document
// model, and its open/close events give every node's offset, from which keys and sequence items are located the
// way the yaml library locates them. Only plain documents take this door: anything with anchors, aliases, tags,
// explicit or merge keys, or that js-yaml refuses, goes to the full parser, which stays the authority on every
// error message. When the events cannot be matched to the data, positions come from the full parser too.
import type { Schema } from 'js-yaml'
import type { JsonPath } from '../vocabulary.js'
import { isBool, isFloat, isInt, isNull, toBool, toFloat, toInt } from './core-schema.js'
import { jsYamlLib } from './libs.js'

export interface FastParse {
  data: unknown
  /**
   * Offset of the deepest node on `path` that exists (a mapping key itself, a sequence item's start); undefined
   * when the events cannot be matched to the data on that path.
   */
  offsetOf(path: JsonPath): number | undefined
}

/** Thrown from the listener to stop at the first node the fast door does not read. */
const DECLINE = new Error('needs the full parser')

let schema: Schema | undefined

/** YAML 1.2's core schema for js-yaml (its default schema is YAML 1.1's), built the first time the door opens. */
function coreSchema(): Schema {
  if (schema) return schema
  const { FAILSAFE_SCHEMA, Type } = jsYamlLib()
  const nul = new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: isNull,
    construct: () => null,
    predicate: (value: unknown) => value === null
  })

  const bool = new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: isBool,
    construct: toBool,
    predicate: (value: unknown) => typeof value === 'boolean'
  })

  const int = new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: isInt,
    construct: toInt,
    predicate: (value: unknown) => typeof value === 'number' && Number.isInteger(value)
  })

  const float = new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: isFloat,
    construct: toFloat,
    predicate: (value: unknown) => typeof value === 'number'
  })
  return (schema = FAILSAFE_SCHEMA.extend({ implicit: [nul, bool, int, float] }))
}

type Kind = 'scalar' | 'mapping' | 'sequence'

/** js-yaml's composeNode calls, in the order they open: one per node, keys included. */
interface Frames {
  open: number[]
  close: number[]
  parent: number[]
  kind: Kind[]
  result: unknown[]
}

/**
 * Sequences js-yaml reads differently from YAML (and the yaml library): after a sequence nested on the same line
 * (`- - a`) or an empty item (`-` alone, or before a comment), it attaches a following, less indented item to the
 * inner sequence. A scan of the dashes that start a line: far cheaper than a multi-line regular expression.
 */
function hasSequenceQuirk(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    let s = i - 1
    while (s >= 0 && (text[s] === ' ' || text[s] === '\t')) s--
    if (s >= 0 && text[s] !== '\n') continue
    let j = i + 1
    while (text[j] === ' ' || text[j] === '\t') j++
    const next = text[j]
    if (next === undefined || next === '\n' || next === '\r' || next === '#') return true
    if (next === '-' && j > i + 1) {
      const after = text[j + 1]
      if (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r')
        return true
    }
  }
  return false
}

/** An explicit key (`? key`), which js-yaml and the yaml library may name differently; `what ? x` in prose too. */
const EXPLICIT_KEY = /(?:^|[\s,[{])\?(?:\s|$)/m

/** Parse plain YAML fast; undefined when the document needs the full parser. */
export function fastParse(text: string): FastParse | undefined {
  if (hasSequenceQuirk(text) || (text.includes('?') && EXPLICIT_KEY.test(text))) return undefined
  const frames: Frames = { open: [], close: [], parent: [], kind: [], result: [] }
  // Children of each collection, by frame; scalars (most frames) never get an array.
  const kids: (number[] | undefined)[] = []
  const stack: number[] = []
  const isKey = (i: number): boolean => frames.kind[i] === 'scalar' && nextChar(text, frames.close[i]) === ':'
  let data: unknown
  try {
    data = jsYamlLib().load(text, {
      schema: coreSchema(),
      listener(event, state) {
        if (event === 'open') {
          const parent = stack.length > 0 ? stack[stack.length - 1] : -1
          if (parent >= 0) (kids[parent] ??= []).push(frames.open.length)
          kids.push(undefined)
          frames.open.push(state.position)
          frames.parent.push(parent)
          frames.close.push(-1)
          frames.kind.push('scalar')
          frames.result.push(undefined)
          stack.push(frames.open.length - 1)
        } else {
          const i = stack.pop()!
          const kind = state.kind as Kind
          // An anchor, alias or tag starts its node; a collection or `<<` before a `:` is a complex or merge key.
          const first = text[skipSpace(text, frames.open[i])]
          if (first === '&' || first === '*' || first === '!') throw DECLINE
          if ((kind !== 'scalar' || state.result === '<<') && nextChar(text, state.position) === ':')
            throw DECLINE
          frames.close[i] = state.position
          frames.kind[i] = kind
          frames.result[i] = state.result
          if (kind === 'mapping' && hasComplexKey(i, kids[i] ?? [], frames, isKey)) throw DECLINE
          // A pair inside a flow sequence (`[a: b]`) is a mapping without a frame of its own.
          if (kind === 'sequence' && kids[i]?.some(isKey)) throw DECLINE
        }
      }
    })
  } catch {
    return undefined
  }
  // Only a mapping or a sequence is a contract or a card: an empty document (whose missing root the yaml library
  // places after a `---` marker) or a lone scalar (js-yaml ends a root block scalar at a `#` line) goes to the full parser.
  if (data === null || typeof data !== 'object') return undefined
  let offsets: ((path: JsonPath) => number | undefined) | undefined
  return {
    data,
    offsetOf(path) {
      offsets ??= locator(text, frames)
      return offsets(path)
    }
  }
}

/**
 * A collection or a null where a key of mapping `node` belongs (js-yaml and the yaml library turn such keys into
 * different strings). A child with the mapping's own result is the mapping itself, read first as a would-be key.
 */
function hasComplexKey(
  node: number,
  children: number[],
  frames: Frames,
  isKey: (i: number) => boolean
): boolean {
  let expectKey = true
  for (const c of children) {
    if (frames.result[c] === frames.result[node]) continue
    if (expectKey && frames.kind[c] !== 'scalar') return true
    // A key that resolves to null is "" to the yaml library and "null" to js-yaml.
    if (expectKey && frames.result[c] === null) return true
    if (isKey(c)) expectKey = false
    else if (!expectKey) expectKey = true
  }
  return false
}

/**
 * Offsets from the frames: a mapping's children are its keys (a scalar directly followed by `:`), each followed by
 * its value when it has one; a sequence's children are its items. Undefined for a path when the frames of a
 * collection on it do not add up to the collection (then the caller asks the full parser).
 */
function locator(text: string, frames: Frames): (path: JsonPath) => number | undefined {
  const children: number[][] = frames.open.map(() => [])
  for (let i = 0; i < frames.parent.length; i++) if (frames.parent[i] >= 0) children[frames.parent[i]].push(i)
  const isKey = (i: number): boolean => frames.kind[i] === 'scalar' && nextChar(text, frames.close[i]) === ':'
  const start = (i: number): number => skipSpace(text, frames.open[i])

  // A collection in block context can be read first as a would-be key of a block mapping that never comes: its
  // frame then wraps the collection's own frame, with the same result.
  const unwrap = (i: number): number => {
    let node = i
    while (
      children[node].length === 1 &&
      frames.result[children[node][0]] === frames.result[node] &&
      frames.kind[node] !== 'scalar'
    )
      node = children[node][0]
    return node
  }

  return (path) => {
    if (frames.open.length === 0) return undefined
    let node = unwrap(0)
    let offset = start(0)
    for (const segment of path) {
      const kids = children[node]
      if (frames.kind[node] === 'mapping') {
        const keys = kids.filter(isKey)
        if (keys.length !== Object.keys(frames.result[node] as object).length) return undefined
        const at = kids.findIndex((k) => isKey(k) && String(frames.result[k]) === String(segment))
        if (at < 0) break
        offset = start(kids[at])
        const value = kids[at + 1]
        if (value === undefined || isKey(value)) break
        node = unwrap(value)
      } else if (frames.kind[node] === 'sequence' && typeof segment === 'number') {
        if (kids.length !== (frames.result[node] as unknown[]).length) return undefined
        const item = kids[segment]
        if (item === undefined) break
        offset = start(item)
        node = unwrap(item)
      } else break
    }
    return offset
  }
}

function nextChar(text: string, from: number): string {
  let i = from
  while (text[i] === ' ' || text[i] === '\t') i++
  return text[i] ?? ''
}

/** The first offset at or after `from` that is not white space, a line break or a comment. */
function skipSpace(text: string, from: number): number {
  let i = from
  for (;;) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++
    else return i
  }
}
