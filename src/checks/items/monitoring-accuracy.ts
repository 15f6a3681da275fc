import { monitoringItem } from './monitoring-signal.js'

export const monitoringAccuracy = monitoringItem('accuracy', {
  title: 'Accuracy is monitored',
  description:
    'The model card names the quality metric watched in production and the threshold that raises an alert.',
  help: 'Say which live quality metric is watched and below what value someone acts.',
  example: '{ metric: roc_auc, threshold: 0.85 }',
  json: '{ "metric": "roc_auc", "threshold": 0.85 }'
})
