import { monitoringItem } from './monitoring-signal.js'

export const monitoringLatency = monitoringItem('latency', {
  title: 'Latency is monitored',
  description:
    'The model card names the latency statistic watched in production and the threshold that raises an alert.',
  help: 'Say which latency statistic is watched and above what value someone acts.',
  example: '{ metric: p95, threshold: 80ms }',
  json: '{ "metric": "p95", "threshold": "80ms" }'
})
