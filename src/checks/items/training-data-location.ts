import type { ModelCardItem } from '../item.js'
import { cardMissingId, cardMissingMessages, STANDARD_ISSUE } from '../messages.js'
import { quote } from '../values/quote.js'

export const trainingDataLocation: ModelCardItem = {
  id: 'training-data.location',
  appliesTo: 'model-card',
  defaultSeverity: 'error',
  title: 'Training data location is stated',
  description:
    'The model card says where its training data is: a URI, a path or a dataset id, as a non-empty string.',
  help: 'Say where the training data lives, so the next team can retrain or audit the model.',
  example: 'trainingData: { location: "s3://acme-ml/churn/training/" }',
  messages: {
    ...cardMissingMessages('No training data location: add {{where}}.', {
      native: '`trainingData.location: "s3://acme-ml/churn/training/"`',
      huggingface:
        '`datasets: [acme/support-tickets]` or `handoff.trainingData.location: "s3://…"` in the front matter',
      mct: '`"model_parameters": { "data": [{ "name": "train", "link": "s3://acme-ml/churn/training/" }] }`'
    }),
    notText: 'Training data location is {{value}}: write a URI, path or dataset id as a string.',
    ...STANDARD_ISSUE
  },
  check(doc) {
    const location = doc.trainingData.location
    if (location === undefined) {
      return [{ messageId: cardMissingId(doc), status: 'missing', at: doc.trainingData.anchor }]
    }
    if (typeof location.value === 'string' && location.value.trim() !== '') return []
    const value = typeof location.value === 'string' ? 'empty' : quote(location.value)
    return [{ messageId: 'notText', data: { value }, status: 'invalid', at: location.at }]
  }
}
