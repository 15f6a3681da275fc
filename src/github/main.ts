// The action's adapter: the only module that reads inputs, the event and the environment, and the only one that
// talks to @actions/core. Everything it calls is plain code over the GitHubApi interface.
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import type { Report } from '../vocabulary.js'
import { noWorkflowCommands } from '../report/escape.js'
import { createApi } from './api/api.js'
import { handleComment } from './commands/bot.js'
import type { CommentEvent } from './commands/bot.js'
import { checkPullRequest } from './check-pr.js'
import type { CommentLinks } from './publish/comment.js'
import { realEngine } from './engine.js'
import type { Engine } from './engine.js'
import { errorLine } from './api/errors.js'
import { docsUrl } from './commands/help.js'
import { parseInputs } from './inputs.js'
import type { Inputs } from './inputs.js'
import { createOctokit } from './api/octokit.js'
import { outcome } from './publish/outcome.js'
import { failStatus, publish } from './publish/publish.js'
import type { PublishSettings } from './publish/publish.js'
import type { GitHubApi, PullRequestRef } from './types.js'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

export async function run(engine: Engine = realEngine): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    const { context } = github
    const retryAfterBaseMs = Number(process.env.HANDOFF_CHECK_RETRY_AFTER_MS ?? '') || 1000
    // Test-only: the e2e suite shortens the write spacing, the request timeout and the wait budget; production
    // never sets them.
    const testMs = (name: string): number | undefined =>
      /^\d+$/.test(process.env[name] ?? '') ? Number(process.env[name]) : undefined
    const timing = {
      writeSpacingMs: testMs('HANDOFF_CHECK_WRITE_SPACING_MS'),
      requestTimeoutMs: testMs('HANDOFF_CHECK_REQUEST_TIMEOUT_MS'),
      waitBudgetMs: testMs('HANDOFF_CHECK_WAIT_BUDGET_MS')
    }
    const api = createApi(
      createOctokit(inputs.token, { baseUrl: context.apiUrl, retryAfterBaseMs, ...timing, log: core })
    )
    const runUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`
    let self: Promise<string | undefined> | undefined
    const settings = async (pr: PullRequestRef): Promise<PublishSettings> => ({
      commentMode: inputs.comment,
      failOn: inputs.failOn,
      links: links(context.serverUrl, pr, runUrl),
      self: await (self ??= api.viewerLogin())
    })

    if (PR_EVENTS.has(context.eventName)) {
      const pr = pullRequestFromPayload(context.payload)
      await checkAndPublish(api, pr, inputs, engine, await settings(pr), true)
    } else if (context.eventName === 'issue_comment') {
      const event = commentEvent(context.payload, context.repo)
      const result = await handleComment(api, event, {
        engine,
        configPath: inputs.configPath,
        docsUrl: docsUrl(
          context.serverUrl,
          process.env.GITHUB_ACTION_REPOSITORY || 'handoff-check/handoff-check'
        ),
        settings,
        log: core
      })
      if (result.kind === 'checked') {
        const s = await settings(result.pr)
        await finish(result.check.report, result.published.failed, s.links, result.check.notes, false)
      } else {
        core.info(
          result.kind === 'ignored'
            ? `Nothing to do: ${result.reason}.`
            : `Replied to a ${result.command} command.`
        )
        core.setOutput('result', 'skipped')
      }
    } else {
      throw new Error(
        `handoff-check runs on pull_request, pull_request_target and issue_comment events; this run is "${context.eventName}".`
      )
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function checkAndPublish(
  api: GitHubApi,
  pr: PullRequestRef,
  inputs: Inputs,
  engine: Engine,
  settings: PublishSettings,
  failStep: boolean
): Promise<void> {
  let check
  try {
    check = await checkPullRequest(api, pr, inputs.configPath, engine, { self: settings.self })
  } catch (err) {
    await failStatus(api, pr, err, settings, core)
    throw err
  }
  const published = await publish(api, pr, check, settings, core)
  await finish(check.report, published.failed, settings.links, check.notes, failStep)
}

async function finish(
  report: Report,
  failed: boolean,
  links: CommentLinks,
  notes: readonly string[],
  failStep: boolean
): Promise<void> {
  const result = outcome(report, failed, links, notes)
  const dir = process.env.RUNNER_TEMP || tmpdir()
  mkdirSync(dir, { recursive: true })
  const reportPath = join(dir, 'handoff-check-report.json')
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n')
  core.setOutput('result', result.outputs.result)
  core.setOutput('missing-count', result.outputs['missing-count'])
  core.setOutput('report-path', reportPath)
  for (const f of result.annotations) {
    const props = { title: f.item, file: f.path, startLine: f.line, startColumn: f.column }
    if (f.severity === 'error') core.error(f.message, props)
    else if (f.severity === 'warning') core.warning(f.message, props)
    else core.notice(f.message, props)
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(result.summary).write()
    } catch (err) {
      // The status and comment are already written; the step still fails so the gap is seen.
      throw new Error(`The job summary could not be written: ${errorLine(err)}`, { cause: err })
    }
  } else {
    // Printed to the log instead: no line of it may read as a workflow command.
    core.info(noWorkflowCommands(result.summary))
  }
  if (result.failure && failStep) core.setFailed(result.failure)
}

function links(serverUrl: string, pr: PullRequestRef, runUrl: string): CommentLinks {
  return {
    serverUrl,
    headRepo: `${pr.head.owner}/${pr.head.repo}`,
    headSha: pr.headSha,
    baseRepo: `${pr.base.owner}/${pr.base.repo}`,
    baseSha: pr.baseSha,
    runUrl
  }
}

interface RepoPayload {
  name?: unknown
  owner?: { login?: unknown }
}

function pullRequestFromPayload(payload: typeof github.context.payload): PullRequestRef {
  const pr = payload.pull_request as
    | {
        number?: unknown
        base?: { sha?: unknown; repo?: RepoPayload }
        head?: { sha?: unknown; repo?: RepoPayload | null }
      }
    | undefined
  const number = pr?.number
  const baseSha = pr?.base?.sha
  const headSha = pr?.head?.sha
  const base = repoOf(pr?.base?.repo)
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string' || !base) {
    throw new Error('The event payload has no pull_request with a number, base and head SHA.')
  }
  // A fork that was deleted leaves head.repo null; its commits are still reachable from the base repository.
  return { base, number, baseSha, head: repoOf(pr?.head?.repo) ?? base, headSha }
}

function repoOf(repo: RepoPayload | null | undefined): { owner: string; repo: string } | undefined {
  const owner = repo?.owner?.login
  const name = repo?.name
  return typeof owner === 'string' && typeof name === 'string' ? { owner, repo: name } : undefined
}

function commentEvent(
  payload: typeof github.context.payload,
  repo: { owner: string; repo: string }
): CommentEvent {
  const issue = payload.issue as { number?: unknown; pull_request?: unknown } | undefined
  const comment = payload.comment as
    { id?: unknown; body?: unknown; user?: { login?: unknown; type?: unknown } } | undefined
  if (typeof issue?.number !== 'number' || typeof comment?.id !== 'number') {
    throw new Error('The issue_comment payload has no issue number or comment id.')
  }
  return {
    action: typeof payload.action === 'string' ? payload.action : '',
    repo,
    number: issue.number,
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    comment: {
      id: comment.id,
      body: typeof comment.body === 'string' ? comment.body : '',
      author: typeof comment.user?.login === 'string' ? comment.user.login : '',
      authorType: typeof comment.user?.type === 'string' ? comment.user.type : 'User'
    }
  }
}
