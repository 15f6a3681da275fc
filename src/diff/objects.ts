// Schema objects (tables, views, topics, DCS models) matched by name: added, removed, retyped, described.
import type { ContractDoc, SchemaObject } from '../model/types.js'
import { report } from './context.js'
import type { DiffContext } from './context.js'
import { diffFieldLists } from './fields.js'
import { describedChange } from './metadata.js'
import { byName } from './match.js'

export function diffObjects(ctx: DiffContext, base: ContractDoc, head: ContractDoc): void {
  const baseObjects = byName(base.schema?.value ?? [], (o) => o.name)
  const headObjects = byName(head.schema?.value ?? [], (o) => o.name)
  const baseParent = base.schema?.at ?? base.schemaAnchor
  const headParent = head.schema?.at ?? head.schemaAnchor

  for (const [name, b] of baseObjects) {
    const h = headObjects.get(name)
    if (!h) {
      report(ctx, 'object-removed', { path: name, old: name, baseAt: b.at, headAt: headParent })
      continue
    }
    diffObject(ctx, name, b, h)
  }
  for (const [name, h] of headObjects) {
    if (!baseObjects.has(name))
      report(ctx, 'object-added', { path: name, new: name, baseAt: baseParent, headAt: h.at })
  }
}

function diffObject(ctx: DiffContext, name: string, b: SchemaObject, h: SchemaObject): void {
  const oldType = b.type?.value
  const newType = h.type?.value
  if (typeof oldType === 'string' && typeof newType === 'string' && norm(oldType) !== norm(newType)) {
    report(ctx, 'object-type-changed', {
      path: `${name}.type`,
      old: oldType,
      new: newType,
      baseAt: b.type!.at,
      headAt: h.type!.at
    })
  } else if ((oldType === undefined) !== (newType === undefined)) {
    // Declaring or dropping the kind of an object says nothing about its data.
    report(ctx, 'attribute-changed', {
      path: `${name}.type`,
      old: oldType,
      new: newType,
      baseAt: b.type?.at ?? b.at,
      headAt: h.type?.at ?? h.at
    })
  }
  const baseDescription = { value: b.description?.value, at: b.description?.at ?? b.at }
  const headDescription = { value: h.description?.value, at: h.description?.at ?? h.at }
  describedChange(ctx, name, baseDescription, headDescription)
  diffFieldLists(ctx, name, b.fields, h.fields, b.at, h.at)
}

function norm(s: string): string {
  return s.trim().toLowerCase()
}
