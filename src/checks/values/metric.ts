// Metric values and their direction: is a bigger number better?

/** A finite number, or undefined; numeric strings are not numbers here (the checks ask for a plain number). */
export function metricNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** Whether a string reads as a number (`"0.91"`, `" 12 "`), for the hint to drop the quotes. */
export function isNumericString(value: unknown): boolean {
  return typeof value === 'string' && /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(value)
}

const LOWER_IS_BETTER = [
  'loss',
  'error',
  'err',
  'rmse',
  'mse',
  'mae',
  'mape',
  'smape',
  'rmsle',
  'perplexity',
  'ppl',
  'latency',
  'wer',
  'cer',
  'ter',
  'fpr',
  'fnr',
  'eer',
  'brier',
  'logloss',
  'deviance',
  'distance',
  'fid',
  'duration',
  'time'
]

/** Direction inferred from the metric's name: a name with a word like loss, error, rmse, wer, latency is lower-is-better. */
export function higherIsBetterByName(name: string): boolean {
  const words = name.toLowerCase().split(/[^a-z0-9]+/)
  return !words.some((w) => LOWER_IS_BETTER.includes(w) || /(?:loss|error)$/.test(w))
}
