// The benchmark's statistics. On a shared machine a slow spell slows every tool run in it, so two tools are compared
// run by run (each run of one beside the same run of the other, interleaved) as well as by their medians.

/** The median of a list of numbers; undefined for none. */
export function median(xs) {
  if (xs.length === 0) return undefined
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/**
 * The median over runs of one tool's wall time over another's in the same run (`a[i] / b[i]`); undefined unless both
 * ran the same number of times.
 */
export function pairedRatio(a, b) {
  if (a.length === 0 || a.length !== b.length) return undefined
  return median(a.map((x, i) => x / b[i]))
}
