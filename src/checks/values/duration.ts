// Durations as people write them in contracts: ISO 8601 (`PT24H`, `P1D`, `P1W`) or a number and a unit
// (`24h`, `7 days`), or, in ODCS, a number with a separate unit. All parse to seconds.

const SECOND = 1
const MINUTE = 60
const HOUR = 3600
const DAY = 86400
const WEEK = 7 * DAY
const MONTH = 30 * DAY
const YEAR = 365 * DAY

const UNITS: Record<string, number> = {
  ms: SECOND / 1000,
  msec: SECOND / 1000,
  millisecond: SECOND / 1000,
  milliseconds: SECOND / 1000,
  s: SECOND,
  sec: SECOND,
  secs: SECOND,
  second: SECOND,
  seconds: SECOND,
  m: MINUTE,
  min: MINUTE,
  mins: MINUTE,
  minute: MINUTE,
  minutes: MINUTE,
  h: HOUR,
  hr: HOUR,
  hrs: HOUR,
  hour: HOUR,
  hours: HOUR,
  d: DAY,
  day: DAY,
  days: DAY,
  w: WEEK,
  wk: WEEK,
  week: WEEK,
  weeks: WEEK,
  mo: MONTH,
  month: MONTH,
  months: MONTH,
  y: YEAR,
  yr: YEAR,
  yrs: YEAR,
  year: YEAR,
  years: YEAR
}

const ISO =
  /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i
const SHORT = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i

/** The unit's length in seconds (`h` → 3600, `days` → 86400), case-insensitive; undefined when unknown. */
export function durationUnitSeconds(unit: unknown): number | undefined {
  if (typeof unit !== 'string') return undefined
  return UNITS[unit.trim().toLowerCase()]
}

/**
 * Seconds in a duration, or undefined when the value is not one. A bare number is a duration only with `unit`
 * (ODCS `slaProperties` split value and unit); a string carries its own unit and must not have a `unit` besides.
 */
export function parseDuration(value: unknown, unit?: unknown): number | undefined {
  if (unit !== undefined) {
    const size = durationUnitSeconds(unit)
    const n = typeof value === 'number' ? value : typeof value === 'string' ? toNumber(value) : undefined
    return size === undefined || n === undefined ? undefined : n * size
  }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const iso = ISO.exec(text)
  if (iso && text !== 'P' && !/T$/i.test(text)) {
    const sizes = [YEAR, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND]
    return sizes.reduce(
      (sum, size, i) => sum + (iso[i + 1] ? Number(iso[i + 1].replace(',', '.')) * size : 0),
      0
    )
  }
  const short = SHORT.exec(text)
  if (!short) return undefined
  const size = durationUnitSeconds(short[2])
  return size === undefined ? undefined : Number(short[1]) * size
}

/** The shortest exact form with one unit (`2d`, `36h`, `90m`, `45s`); parseDuration reads it back unchanged. */
export function formatDuration(seconds: number): string {
  for (const [unit, size] of [
    ['w', WEEK],
    ['d', DAY],
    ['h', HOUR],
    ['m', MINUTE]
  ] as const) {
    if (seconds !== 0 && seconds % size === 0) return `${seconds / size}${unit}`
  }
  return `${seconds}s`
}

/** For messages: hours, and days too from one day on (`36 hours (1.5 days)`). */
export function describeDuration(seconds: number): string {
  const hours = round(seconds / HOUR)
  const h = `${hours} ${hours === 1 ? 'hour' : 'hours'}`
  if (seconds < DAY) return h
  const days = round(seconds / DAY)
  return `${h} (${days} ${days === 1 ? 'day' : 'days'})`
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

function toNumber(text: string): number | undefined {
  const t = text.trim()
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined
}
