// Serving targets and monitoring thresholds: numbers with units, as written in model cards.

export interface LatencyTarget {
  /** `p95`, `p99.9`, `mean`, `max`, … when named. */
  statistic?: string
  milliseconds: number
}

const TIME_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  msec: 1,
  millisecond: 1,
  milliseconds: 1,
  s: 1000,
  sec: 1000,
  second: 1000,
  seconds: 1000
}

const STATISTIC = /^(p\d{1,2}(?:\.\d+)?|mean|avg|average|median|max)$/i
const NUMBER = '(\\d+(?:\\.\\d+)?)'
const LATENCY = new RegExp(
  `^(?:(p\\d{1,2}(?:\\.\\d+)?|mean|avg|average|median|max)\\s*(?:<=|<|=|:)?\\s*)?${NUMBER}\\s*([a-zµμ]+)$`,
  'i'
)

/** The latency targets a value names (`p95 < 50ms`, `{ p95: 50ms, p99: 120ms }`, `{ value: 50, unit: ms }`), or undefined. */
export function parseLatency(value: unknown): LatencyTarget[] | undefined {
  if (typeof value === 'string') {
    const m = LATENCY.exec(value.trim())
    const size = m ? TIME_UNITS[m[3].toLowerCase()] : undefined
    if (!m || size === undefined) return undefined
    return [{ ...(m[1] ? { statistic: m[1].toLowerCase() } : {}), milliseconds: Number(m[2]) * size }]
  }
  if (!isMapping(value)) return undefined
  if ('value' in value || 'unit' in value) {
    const size = typeof value.unit === 'string' ? TIME_UNITS[value.unit.trim().toLowerCase()] : undefined
    const n = toNumber(value.value)
    return size === undefined || n === undefined ? undefined : [{ milliseconds: n * size }]
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return undefined
  const targets: LatencyTarget[] = []
  for (const [statistic, target] of entries) {
    if (!STATISTIC.test(statistic)) return undefined
    const parsed = parseLatency(target)
    if (!parsed || parsed.length !== 1 || parsed[0].statistic) return undefined
    targets.push({ statistic: statistic.toLowerCase(), milliseconds: parsed[0].milliseconds })
  }
  return targets
}

const RATE_UNITS: Record<string, number> = {
  rps: 1,
  qps: 1,
  tps: 1,
  rpm: 1 / 60,
  qpm: 1 / 60,
  rph: 1 / 3600
}
const PER: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 1 / 60,
  min: 1 / 60,
  minute: 1 / 60,
  h: 1 / 3600,
  hour: 1 / 3600
}
const RATE = new RegExp(
  `^${NUMBER}\\s*(?:([a-z]+)|(?:(req|reqs|requests?|queries|predictions?|inferences?|rows|records|events|calls)\\s*)?(?:/|\\s+per\\s+)\\s*(s|sec|second|m|min|minute|h|hour))$`,
  'i'
)

/** Requests per second a throughput target names (`200 rps`, `12000 rpm`, `500 req/s`, `{ value, unit }`), or undefined. */
export function parseThroughput(value: unknown): number | undefined {
  if (isMapping(value)) {
    const n = toNumber(value.value)
    return n === undefined || typeof value.unit !== 'string'
      ? undefined
      : parseThroughput(`${n} ${value.unit.trim()}`)
  }
  if (typeof value !== 'string') return undefined
  const m = RATE.exec(value.trim())
  if (!m) return undefined
  const size = m[2] !== undefined ? RATE_UNITS[m[2].toLowerCase()] : PER[m[4].toLowerCase()]
  return size === undefined ? undefined : Number(m[1]) * size
}

const COMPARISON = /(?:<=|>=|<|>|=|≤|≥)\s*-?\d+(?:\.\d+)?/
const AMOUNT = /^-?\d+(?:\.\d+)?\s*(?:%|[a-zµμ]+)?$/i

/**
 * Whether a monitoring threshold is stated: a number, a percentage or a number with a unit (`0.2`, `85%`, `80ms`),
 * or a string containing a comparison with a number (`psi > 0.2`, `p95 >= 80 ms for 10 minutes`).
 */
export function isThreshold(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'string') return false
  const v = value.trim()
  return AMOUNT.test(v) || COMPARISON.test(v)
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value.trim())
  return undefined
}
