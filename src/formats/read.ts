// Typed, located getters over parsed values of unknown shape. A getter returns undefined when the key is absent,
// null, or of the wrong type, so mappers never have to narrow by hand and never throw.
import type { JsonPath } from '../vocabulary.js'
import type { Located } from '../model/types.js'

export type Obj = Record<string, unknown>

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value under `key` of a mapping; undefined for anything else. */
export function child(node: unknown, key: string): unknown {
  return isObj(node) && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined
}

/** Any present, non-null value, raw: for items whose check judges the value itself. */
export function anyAt(node: unknown, base: JsonPath, key: string): Located<unknown> | undefined {
  const value = child(node, key)
  return value === undefined || value === null ? undefined : { value, at: [...base, key] }
}

export function strAt(node: unknown, base: JsonPath, key: string): Located<string> | undefined {
  const value = child(node, key)
  return typeof value === 'string' ? { value, at: [...base, key] } : undefined
}

export function numAt(node: unknown, base: JsonPath, key: string): Located<number> | undefined {
  const value = child(node, key)
  return typeof value === 'number' && Number.isFinite(value) ? { value, at: [...base, key] } : undefined
}

export function boolAt(node: unknown, base: JsonPath, key: string): Located<boolean> | undefined {
  const value = child(node, key)
  return typeof value === 'boolean' ? { value, at: [...base, key] } : undefined
}

export function listAt(node: unknown, base: JsonPath, key: string): Located<unknown[]> | undefined {
  const value = child(node, key)
  return Array.isArray(value) ? { value, at: [...base, key] } : undefined
}

/** A list of strings; undefined when any element is not a string. */
export function strListAt(node: unknown, base: JsonPath, key: string): Located<string[]> | undefined {
  const list = listAt(node, base, key)
  return list && list.value.every((v) => typeof v === 'string') ? (list as Located<string[]>) : undefined
}

/** A scalar written as text or number (`version: 1.2` parses as a number), as text. */
export function textAt(node: unknown, base: JsonPath, key: string): Located<string> | undefined {
  const value = child(node, key)
  if (typeof value === 'string') return { value, at: [...base, key] }
  if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value), at: [...base, key] }
  return undefined
}

/**
 * A number as a standard that writes numbers as strings has it: a finite number, or a string that is only a decimal
 * number (`"0.91"`, `"1e-3"`), as that number. Anything else is returned unchanged for the checks to judge.
 */
export function numberFromText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(value))
    return value
  const number = Number(value)
  return Number.isFinite(number) ? number : value
}

/** The entries of a mapping with their paths, in document order. */
export function entries(node: unknown, base: JsonPath): { key: string; value: unknown; at: JsonPath }[] {
  return isObj(node) ? Object.entries(node).map(([key, value]) => ({ key, value, at: [...base, key] })) : []
}

/** The elements of a sequence with their paths. */
export function elements(node: unknown, base: JsonPath): { value: unknown; at: JsonPath; index: number }[] {
  return Array.isArray(node) ? node.map((value, index) => ({ value, at: [...base, index], index })) : []
}

/** Copy only the defined properties, so mapped objects have no `key: undefined` noise for deep equality. */
export function defined<T extends object>(value: T): T {
  return putDefined({}, value) as T
}

/** Copy the defined properties of `source` onto `target` (in their order) and return `target`. */
export function putDefined<T extends object>(target: T, source: object): T {
  const from = source as Obj
  const to = target as Obj
  // for…in over a plain object literal: no intermediate entry arrays on this hot path (every field of every file).
  for (const k in from) {
    const v = from[k]
    if (v !== undefined) to[k] = v
  }
  return target
}
