import { ownershipItem } from './ownership-item.js'

export const ownershipDrift = ownershipItem('drift', {
  title: 'Someone fixes drift',
  description: 'The model card names who fixes the model when its input data or predictions drift.',
  help: 'Name the user, team or email that is paged when drift monitoring fires.',
  duty: 'to fix drift',
  example: '@acme/data-eng'
})
