import { monitoringItem } from './monitoring-signal.js'

export const monitoringDrift = monitoringItem('drift', {
  title: 'Drift is monitored',
  description: 'The model card names the drift signal it watches and the threshold that raises an alert.',
  help: 'Say which drift statistic is watched and at what value someone acts, e.g. PSI above 0.2.',
  example: '{ metric: psi, threshold: 0.2 }',
  json: '{ "metric": "psi", "threshold": 0.2 }'
})
