// The primary key: a field joining or leaving it, or moving within it, changes what identifies a row.
import { attribute, report } from './context.js'
import type { DiffContext, FieldPair } from './context.js'
import { asFlag, sameValue } from './values.js'

export function keyRules(ctx: DiffContext, pair: FieldPair): void {
  const flag = attribute(pair, 'primaryKey')
  if (asFlag(flag.old) !== asFlag(flag.new)) {
    report(ctx, 'primary-key-changed', flag.site)
    return
  }
  const position = attribute(pair, 'primaryKeyPosition')
  if (!sameValue(position.old, position.new)) report(ctx, 'primary-key-changed', position.site)
}
