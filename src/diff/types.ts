// Logical and physical types. A widening (int → long, integer → number) keeps old values valid and only warns.
import type { JsonPath } from '../vocabulary.js'
import type { Field } from '../model/types.js'
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { logicalMeaning } from './migration.js'

const INTEGER_RANK: Record<string, number> = {
  byte: 1,
  tinyint: 1,
  short: 2,
  smallint: 2,
  int: 3,
  integer: 3,
  long: 4,
  bigint: 4
}
const FLOATS = new Set(['float', 'double', 'decimal', 'number', 'numeric'])

/**
 * Whether every value of type `from` is also a value of type `to`: a larger integer type; `number`/`numeric`
 * from any integer or float; `double` from `float` and from integers up to 32 bits; `decimal` from integers.
 */
export function isWidening(from: string, to: string): boolean {
  const f = from.toLowerCase()
  const t = to.toLowerCase()
  const fi = INTEGER_RANK[f]
  const ti = INTEGER_RANK[t]
  if (fi !== undefined && ti !== undefined) return ti > fi
  if (t === 'number' || t === 'numeric') return fi !== undefined || (FLOATS.has(f) && f !== t)
  if (t === 'double') return f === 'float' || (fi !== undefined && fi <= 3)
  if (t === 'decimal') return fi !== undefined
  return false
}

/** Two spellings of one type (`int`/`integer`, `long`/`bigint`): a change on the model, but not of the data. */
function isAlias(from: string, to: string): boolean {
  const fi = INTEGER_RANK[from.toLowerCase()]
  return (
    from.toLowerCase() === to.toLowerCase() || (fi !== undefined && fi === INTEGER_RANK[to.toLowerCase()])
  )
}

export function typeRules(ctx: DiffContext, pair: FieldPair): void {
  logicalType(ctx, pair)
  physicalType(ctx, pair)
}

// A mapper that has no logical type falls back to the physical one (ODCS), at the physical type's own path.
// Such a type is compared as a physical type only, since its meaning depends on the engine.
function logicalOf(field: Field): { value: string; at: JsonPath } | undefined {
  const t = field.type
  if (!t || typeof t.value !== 'string') return undefined
  if (field.physicalType && samePath(t.at, field.physicalType.at)) return undefined
  return t
}

function logicalType(ctx: DiffContext, pair: FieldPair): void {
  const b = logicalOf(pair.base)
  const h = logicalOf(pair.head)
  const site = {
    path: `${pair.path}.type`,
    old: b?.value,
    new: h?.value,
    baseAt: b?.at ?? pair.base.at,
    headAt: h?.at ?? pair.head.at
  }
  if (b && h) {
    if (ctx.migration && logicalMeaning(b.value) === logicalMeaning(h.value)) return
    if (isAlias(b.value, h.value)) {
      if (b.value.toLowerCase() !== h.value.toLowerCase()) report(ctx, 'attribute-changed', site)
    } else report(ctx, isWidening(b.value, h.value) ? 'type-widened' : 'type-changed', site)
  } else if (h) report(ctx, 'type-added', site)
  else if (b) report(ctx, 'type-removed', site)
}

function physicalType(ctx: DiffContext, pair: FieldPair): void {
  const a = attribute(pair, 'physicalType')
  const o = typeof a.old === 'string' ? a.old.trim().toLowerCase() : a.old
  const n = typeof a.new === 'string' ? a.new.trim().toLowerCase() : a.new
  if (o === n) return
  // A migration may spell the old standard's type out as the physical type (DCS `long`: integer, physicalType long).
  const spelledOut =
    ctx.migration && o === undefined && n === logicalOf(pair.base)?.value.trim().toLowerCase()
  if (!spelledOut) report(ctx, 'physical-type-changed', a.site)
}

function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i])
}
