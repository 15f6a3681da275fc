/** A scalar as the user wrote it, for quoting in messages; structures are summarised, never dumped. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null || value === undefined) return 'null'
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10)
  if (Array.isArray(value)) return 'a list'
  return 'a mapping'
}
