// Metric values and their direction: is a bigger number better?

/** A finite number, or undefined; numeric strings are not numbers here (the checks ask for a plain number). */
export function metricNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** Whether a string reads as a number (`"0.91"`, `" 12 "`), for the hint to drop the quotes. */
export function isNumericString(value: unknown): boolean {
  return typeof value === 'string' && /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?\s*$/i.test(value)
}

// Words that say which way a metric's name points. The first such word in the name decides, so a qualifier after it
// does not flip it: `precision_at_1pct_fpr` is a precision (higher is better) measured at a false-positive rate.
const HIGHER_IS_BETTER = new Set([
  'accuracy',
  'acc',
  'precision',
  'recall',
  'auc',
  'auroc',
  'auprc',
  'aupr',
  'roc',
  'pr',
  'f1',
  'f2',
  'fbeta',
  'f',
  'map',
  'ndcg',
  'mrr',
  'hit',
  'hits',
  'hitrate',
  'bleu',
  'rouge',
  'meteor',
  'chrf',
  'bertscore',
  'exact',
  'em',
  'iou',
  'miou',
  'dice',
  'r2',
  'kappa',
  'mcc',
  'tpr',
  'tnr',
  'sensitivity',
  'specificity',
  'coverage',
  'gini',
  'ks',
  'lift',
  'spearman',
  'pearson',
  'correlation',
  'throughput',
  'score'
])

const LOWER_IS_BETTER = new Set([
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
  'far',
  'frr',
  'eer',
  'brier',
  'logloss',
  'deviance',
  'distance',
  'fid',
  'duration',
  'time',
  // false_positive_rate, false_alarm_rate, miss_rate
  'false',
  'miss'
])

/**
 * Direction inferred from the metric's name: the first word that names a direction decides (`roc_auc`,
 * `recall@10`, `precision_at_1pct_fpr` are higher-is-better; `log_loss`, `rmse`, `p95 latency`, `false_positive_rate`
 * lower-is-better). A name with no known word is higher-is-better unless a word ends in "loss" or "error".
 */
export function higherIsBetterByName(name: string): boolean {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
  for (const word of words) {
    if (HIGHER_IS_BETTER.has(word)) return true
    if (LOWER_IS_BETTER.has(word)) return false
  }
  return !words.some((w) => /(?:loss|error)$/.test(w))
}

/** The example baseline a message suggests when a metric has a value but no baseline (0.87 when it has neither). */
export const EXAMPLE_BASELINE = 0.87

/**
 * An example baseline the metric's value beats, so the suggestion is one a reviewer could accept as written: 10% worse
 * than the value in the metric's direction (lower when higher is better, higher when lower is better), to three
 * significant digits (`0.912` → `0.821`; a word error rate of `8.5` → `9.35`). Without a value: `0.87`.
 */
export function exampleBaseline(value: number | undefined, higherIsBetter: boolean): number {
  if (value === undefined) return EXAMPLE_BASELINE
  // Next to zero (or below where 10% of the value is still a number) the step is 0.1.
  const step = Math.abs(value) > 1e-300 ? Math.abs(value) * 0.1 : 0.1
  // The rounding moves the example by at most 0.5% of itself, well inside the 10% step, so the value still beats it.
  return Number((higherIsBetter ? value - step : value + step).toPrecision(3))
}
