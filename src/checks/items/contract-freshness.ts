import type { ContractItem, ItemReport } from '../item.js'
import { contractMissingId, contractMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { describeDuration, parseDuration } from '../values/duration.js'
import { quote } from '../values/quote.js'

export const contractFreshness: ContractItem = {
  id: 'contract.freshness',
  appliesTo: 'contract',
  defaultSeverity: 'error',
  title: 'Contract states how fresh the data is',
  description:
    'The contract states the maximum age of its data as a positive duration, no longer than `freshness.max` when configured.',
  help: 'State the maximum data age as an ISO 8601 duration (`PT24H`, `P1D`) or a number and a unit (`24h`, `7d`).',
  example: 'freshness: 24h',
  messages: {
    ...contractMissingMessages('No freshness: add {{where}} (the maximum age of the data).', {
      native: '`freshness: 24h`',
      odcs: 'an `slaProperties` entry `{ property: freshness, value: 24, unit: h }`',
      dcs: '`servicelevels.freshness.threshold: 24h`'
    }),
    unparseable:
      'Freshness "{{value}}" is not a duration: write ISO 8601 (`PT24H`, `P1D`) or a number and a unit (`30m`, `24h`, `7d`).',
    notPositive: 'Freshness "{{value}}" must be longer than zero.',
    tooLong:
      'Freshness {{actual}} is longer than the allowed maximum of {{max}} (freshness.max in .github/handoff.yml).',
    ...STANDARD_ISSUE
  },
  check(doc, ctx) {
    const f = doc.freshness
    if (!f) return [{ messageId: contractMissingId(doc), status: 'missing', at: doc.freshnessAnchor }]
    const written = f.unit ? `${quote(f.value.value)} ${quote(f.unit.value)}` : quote(f.value.value)
    const seconds = parseDuration(f.value.value, f.unit?.value)
    const report = (messageId: string, data: ItemReport['data']): ItemReport[] => [
      { messageId, data, status: 'invalid', at: f.value.at }
    ]
    if (seconds === undefined || !Number.isFinite(seconds)) return report('unparseable', { value: written })
    if (seconds <= 0) return report('notPositive', { value: written })
    const max = ctx.config.freshness.max === undefined ? undefined : parseDuration(ctx.config.freshness.max)
    if (max !== undefined && seconds > max) {
      return report('tooLong', { actual: describeDuration(seconds), max: describeDuration(max) })
    }
    return []
  }
}
