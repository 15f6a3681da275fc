// How many cases a property test generates: its normal count in `npm test`, or FUZZ_RUNS when set (`npm run fuzz`).
export function runs(normal: number): number {
  const fuzz = Number(process.env.FUZZ_RUNS)
  return Number.isInteger(fuzz) && fuzz > 0 ? fuzz : normal
}
