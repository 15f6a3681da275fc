// Typed mocks of @actions/core, as the actions/typescript-action template keeps them.
import type * as core from '@actions/core'
import { jest } from '@jest/globals'

export const debug = jest.fn<typeof core.debug>()
export const error = jest.fn<typeof core.error>()
export const info = jest.fn<typeof core.info>()
export const notice = jest.fn<typeof core.notice>()
export const warning = jest.fn<typeof core.warning>()
export const getInput = jest.fn<typeof core.getInput>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const setFailed = jest.fn<typeof core.setFailed>()

interface SummaryMock {
  addRaw: jest.Mock<(text: string) => SummaryMock>
  write: jest.Mock<() => Promise<SummaryMock>>
}
export const summary: SummaryMock = {
  addRaw: jest.fn((): SummaryMock => summary),
  write: jest.fn(async (): Promise<SummaryMock> => summary)
}
