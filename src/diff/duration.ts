// Freshness is compared as a length of time. This is the one place src/diff/ reads a duration; when the shared
// parser (src/checks/values/duration.ts) lands, `durationSeconds` becomes a call to it and nothing else changes.
import { isRecord } from './values.js'

const UNIT_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
  y: 31536000,
  year: 31536000,
  years: 31536000
}

const ISO =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i
const ISO_SECONDS = [31536000, 2592000, 604800, 86400, 3600, 60, 1]
const SHORT = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i

/**
 * A duration in seconds: ISO 8601 (`PT24H`, `P1D`), a number and a unit (`24h`, `7 days`), or a number with the
 * unit given apart (ODCS `slaProperties` value and unit). Undefined when it is not a duration.
 */
export function durationSeconds(value: unknown, unit?: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
    const factor = typeof unit === 'string' ? UNIT_SECONDS[unit.trim().toLowerCase()] : undefined
    return factor === undefined ? undefined : value * factor
  }
  if (isRecord(value)) return durationSeconds(value.value, value.unit)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (unit !== undefined && /^\d+(?:\.\d+)?$/.test(text)) return durationSeconds(Number(text), unit)
  const iso = ISO.exec(text)
  if (iso && text.length > 1 && !/T$/i.test(text)) {
    return iso.slice(1).reduce((sum, part, i) => sum + (part ? Number(part) * ISO_SECONDS[i] : 0), 0)
  }
  const short = SHORT.exec(text)
  if (!short) return undefined
  const factor = UNIT_SECONDS[short[2].toLowerCase()]
  return factor === undefined ? undefined : Number(short[1]) * factor
}
