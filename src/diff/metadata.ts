// Descriptions, tags, examples and the contract's own name and id: information only.
import type { JsonPath } from '../vocabulary.js'
import type { ContractDoc } from '../model/types.js'
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { sameValue, valueKey } from './values.js'

export function metadataRules(ctx: DiffContext, pair: FieldPair): void {
  const description = attribute(pair, 'description')
  describedChange(
    ctx,
    pair.path,
    { value: description.old, at: description.site.baseAt },
    { value: description.new, at: description.site.headAt }
  )
  const tags = attribute(pair, 'tags')
  if (!sameSet(tags.old, tags.new)) report(ctx, 'tags-changed', tags.site)
  const examples = attribute(pair, 'examples')
  if (!sameValue(examples.old, examples.new)) report(ctx, 'examples-changed', examples.site)
}

/** `description-changed` for an object or field whose description differs (whitespace at the ends aside). */
export function describedChange(
  ctx: DiffContext,
  path: string,
  base: { value: unknown; at: JsonPath },
  head: { value: unknown; at: JsonPath }
): void {
  const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v)
  if (sameValue(trim(base.value), trim(head.value))) return
  report(ctx, 'description-changed', {
    path: `${path}.description`,
    old: base.value,
    new: head.value,
    baseAt: base.at,
    headAt: head.at
  })
}

export function contractMetadataRules(ctx: DiffContext, base: ContractDoc, head: ContractDoc): void {
  for (const key of ['id', 'name'] as const) {
    const b = base[key]
    const h = head[key]
    if (sameValue(b?.value, h?.value)) continue
    report(ctx, 'attribute-changed', {
      path: key,
      old: b?.value,
      new: h?.value,
      baseAt: b?.at ?? base.at,
      headAt: h?.at ?? head.at
    })
  }
}

function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return sameValue(a, b)
  const ka = new Set(a.map(valueKey))
  const kb = new Set(b.map(valueKey))
  return ka.size === kb.size && [...ka].every((k) => kb.has(k))
}
