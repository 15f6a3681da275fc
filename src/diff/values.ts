// Small value helpers shared by the rules. Values come from files: every helper narrows `unknown` itself.

/** Deep equality for YAML values (scalars, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b)
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((v, i) => sameValue(v, b[i]))
  }
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
  }
  return false
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** A key for set comparisons: the same value always gives the same key. */
export function valueKey(v: unknown): string {
  if (typeof v === 'string') return `s:${v}`
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined)
    return `p:${String(v)}`
  try {
    return `j:${JSON.stringify(v)}`
  } catch {
    return `o:${String(v)}`
  }
}

/** A value as the changelog shows it: `(none)` when absent, lists in brackets, strings as written. */
export function showValue(v: unknown): string {
  if (v === undefined) return '(none)'
  if (typeof v === 'string') return v === '' ? "''" : v
  if (Array.isArray(v)) return `[${v.map(showValue).join(', ')}]`
  if (isRecord(v)) {
    try {
      return JSON.stringify(v)
    } catch {
      return '{…}'
    }
  }
  return String(v)
}

export function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** `required`, `unique` and `primaryKey` default to false: an explicit `false` added or removed is no change. */
export function asFlag(v: unknown): boolean {
  return v === true
}
