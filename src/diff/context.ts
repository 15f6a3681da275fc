// What every rule module receives: where to put changes and how paths become lines. Rules name a rule id, the
// contract path and both source paths; the level and the message are looked up here, once.
import type { Change, JsonPath, Position } from '../vocabulary.js'
import type { Field } from '../model/types.js'
import { changeMessages } from './messages.js'
import { ruleById } from './rules.js'
import type { RuleId } from './rules.js'
import { showValue } from './values.js'

export interface Locators {
  base: (path: JsonPath) => Position
  head: (path: JsonPath) => Position
}

export interface DiffContext {
  locate: Locators
  changes: Change[]
  /** The versions are written in different standards (src/diff/migration.ts): types compare by meaning. */
  migration?: boolean
}

export interface ChangeSite {
  /** Contract path: `object`, `object.field`, `object.field.attribute`. */
  path: string
  old?: unknown
  new?: unknown
  /** Where the old value is in the base file (its parent when the value was added). */
  baseAt: JsonPath
  /** Where the new value is in the head file (its remaining parent when the value was removed). */
  headAt: JsonPath
}

export function report(ctx: DiffContext, rule: RuleId, site: ChangeSite): void {
  const data: Record<string, string> = {
    path: site.path,
    subject: site.path.includes('.') ? site.path.slice(0, site.path.lastIndexOf('.')) : site.path,
    old: showValue(site.old),
    new: showValue(site.new)
  }
  const change: Change = {
    rule,
    level: ruleById.get(rule)!.level,
    path: site.path,
    message: changeMessages[rule].replace(/\{\{(\w+)\}\}/g, (_, key: string) => data[key] ?? ''),
    line: ctx.locate.head(site.headAt).line,
    baseLine: ctx.locate.base(site.baseAt).line
  }
  if (site.old !== undefined) change.old = site.old
  if (site.new !== undefined) change.new = site.new
  ctx.changes.push(change)
}

/** Two versions of one field, matched by name, with the contract path that names it. */
export interface FieldPair {
  path: string
  base: Field
  head: Field
}

export type AttributeKey = {
  [K in keyof Field]-?: Field[K] extends { value: unknown; at: JsonPath } | undefined ? K : never
}[keyof Field]

/** One attribute of a matched field on both sides, with the source paths to report it at. */
export function attribute<K extends AttributeKey>(pair: FieldPair, key: K) {
  const b = pair.base[key]
  const h = pair.head[key]
  return {
    old: b?.value as NonNullable<Field[K]>['value'] | undefined,
    new: h?.value as NonNullable<Field[K]>['value'] | undefined,
    site: {
      path: `${pair.path}.${key}`,
      old: b?.value,
      new: h?.value,
      baseAt: b?.at ?? pair.base.at,
      headAt: h?.at ?? pair.head.at
    } satisfies ChangeSite
  }
}
