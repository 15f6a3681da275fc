import { parseLatency } from '../values/units.js'
import { servingItem } from './serving-target.js'

export const servingLatency = servingItem(
  'latency',
  {
    title: 'Serving latency target is set',
    description:
      'The model card states a latency target: a number with a time unit, optionally after a statistic (p50, p95, p99, p99.9, mean, max).',
    help: 'State the latency the model must serve within, e.g. `p95 < 50ms` or `{ p95: 50ms, p99: 120ms }`.',
    example: 'p95 < 50ms',
    invalid:
      'Latency target "{{value}}" is not a number with a time unit: write e.g. `p95 < 50ms`, `{ p95: 50ms }` or `{ value: 50, unit: ms }` (units ns, us, ms, s).'
  },
  (value) => parseLatency(value) !== undefined
)
