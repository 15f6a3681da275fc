// The explicit registry of handoff items, sorted by id. Adding an item is adding its module and one line here;
// __tests__/checks/registry.test.ts checks every item has tests, a docs row, help and an example.
import { contractBreakingChange, contractVersionBump } from '../diff/items.js'
import { contractDownstream } from '../core/links/item.js'
import { fileParse, fileSchema, fileStandardVersion } from './file-items.js'
import type { HandoffItem } from './item.js'
import { artifactFormat } from './items/artifact-format.js'
import { contractFreshness } from './items/contract-freshness.js'
import { contractOwner } from './items/contract-owner.js'
import { contractSchema } from './items/contract-schema.js'
import { contractVersion } from './items/contract-version.js'
import { evaluationBaseline } from './items/evaluation-baseline.js'
import { evaluationMetrics } from './items/evaluation-metrics.js'
import { modelOwner } from './items/model-owner.js'
import { monitoringAccuracy } from './items/monitoring-accuracy.js'
import { monitoringDrift } from './items/monitoring-drift.js'
import { monitoringLatency } from './items/monitoring-latency.js'
import { ownershipDrift } from './items/ownership-drift.js'
import { ownershipRollback } from './items/ownership-rollback.js'
import { servingLatency } from './items/serving-latency.js'
import { servingThroughput } from './items/serving-throughput.js'
import { trainingDataContract } from './items/training-data-contract.js'
import { trainingDataLocation } from './items/training-data-location.js'
import { trainingDataVersion } from './items/training-data-version.js'

export const allItems: readonly HandoffItem[] = [
  artifactFormat,
  contractBreakingChange,
  contractDownstream,
  contractFreshness,
  contractOwner,
  contractSchema,
  contractVersion,
  contractVersionBump,
  evaluationBaseline,
  evaluationMetrics,
  fileParse,
  fileSchema,
  fileStandardVersion,
  modelOwner,
  monitoringAccuracy,
  monitoringDrift,
  monitoringLatency,
  ownershipDrift,
  ownershipRollback,
  servingLatency,
  servingThroughput,
  trainingDataContract,
  trainingDataLocation,
  trainingDataVersion
]

export const itemById: ReadonlyMap<string, HandoffItem> = new Map(allItems.map((i) => [i.id, i]))

/** Every item id, sorted: the keys `.github/handoff.yml` accepts under `items`. */
export const itemIds: readonly string[] = allItems.map((i) => i.id)
