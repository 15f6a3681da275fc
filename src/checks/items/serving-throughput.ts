import { parseThroughput } from '../values/units.js'
import { servingItem } from './serving-target.js'

export const servingThroughput = servingItem(
  'throughput',
  {
    title: 'Serving throughput target is set',
    description:
      'The model card states a throughput target: a number with a rate unit (rps, qps, rpm, req/s, /min, …).',
    help: 'State the load the model must sustain, e.g. `200 rps` or `12000 rpm`.',
    example: '200 rps',
    invalid:
      'Throughput target "{{value}}" is not a number with a rate unit: write e.g. `200 rps`, `12000 rpm`, `500 req/s` or `{ value: 200, unit: rps }`.'
  },
  (value) => parseThroughput(value) !== undefined
)
