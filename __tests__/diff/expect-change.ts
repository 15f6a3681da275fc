// Runs the diff over builder documents and states the one expected change in full.
import { expect } from '@jest/globals'
import type { Change, JsonPath } from '../../src/vocabulary.js'
import { diffContracts } from '../../src/diff/contract.js'
import type { ContractDoc } from '../../src/model/types.js'
import { lineOf, locators } from './builders.js'

export function diff(base: ContractDoc, head: ContractDoc): Change[] {
  return diffContracts(base, head, locators(base, head))
}

export interface Expected {
  rule: string
  level: Change['level']
  path: string
  old?: unknown
  new?: unknown
  /** Where the head line must come from. */
  headAt: JsonPath
  baseAt: JsonPath
  message?: string
}

export function change(base: ContractDoc, head: ContractDoc, e: Expected): Change {
  const c: Change = {
    rule: e.rule,
    level: e.level,
    path: e.path,
    message: e.message ?? (expect.any(String) as unknown as string),
    line: lineOf(head, e.headAt),
    baseLine: lineOf(base, e.baseAt)
  }
  if (e.old !== undefined) c.old = e.old
  if (e.new !== undefined) c.new = e.new
  return c
}

export function expectOnly(base: ContractDoc, head: ContractDoc, e: Expected): void {
  expect(diff(base, head)).toEqual([change(base, head, e)])
}

/** The first field of the first object, and an attribute of it. */
export const F: JsonPath = ['schema', 0, 'properties', 0]
export const attr = (key: string): JsonPath => [...F, key]
