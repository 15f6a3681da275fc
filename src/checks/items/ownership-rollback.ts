import { ownershipItem } from './ownership-item.js'

export const ownershipRollback = ownershipItem('rollback', {
  title: 'Someone can roll back',
  description: 'The model card names who rolls the model back when it misbehaves in production.',
  help: 'Name the user, team or email that may and can roll back a bad model release.',
  duty: 'to roll back',
  example: '@acme/ml-oncall'
})
