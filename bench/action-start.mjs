// The Action's cold start: milliseconds from spawning `node dist/index.js` as a runner does (a pull_request event
// from @octokit/webhooks-examples, the GITHUB_* variables and inputs) to its first request to the GitHub API. The API
// is a server on 127.0.0.1 that notes when the first request arrives and answers 503; the Action is stopped there,
// since what it does after a failed request is not start-up.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Longest wait for the first request before the run counts as failed. */
const TIMEOUT_MS = 30_000

function pullRequestOpened() {
  const examples = createRequire(import.meta.url)('@octokit/webhooks-examples')
  const found = examples.find((e) => e.name === 'pull_request')?.examples.find((x) => x.action === 'opened')
  if (!found) throw new Error('@octokit/webhooks-examples has no pull_request.opened')
  return found
}

/** One cold start of `action` (dist/index.js): the milliseconds to its first API request, or an Error. */
export async function actionFirstRequest(action) {
  const payload = pullRequestOpened()
  const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-action-'))
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  writeFileSync(join(dir, 'output'), '')
  writeFileSync(join(dir, 'summary.md'), '')
  let first
  let child
  let settle
  const done = new Promise((resolve) => (settle = resolve))
  const server = createServer((req, res) => {
    if (first === undefined) {
      first = performance.now()
      settle()
    }
    res.writeHead(503, { 'content-type': 'application/json' })
    res.end('{"message":"bench: the first request is all that is measured"}')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const api = `http://127.0.0.1:${server.address().port}`
  const repo = payload.repository.full_name
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repo,
    GITHUB_SHA: payload.pull_request.head.sha,
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: api,
    GITHUB_GRAPHQL_URL: `${api}/graphql`,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_benchtoken',
    INPUT_COMMENT: 'always',
    'INPUT_FAIL-ON': 'error'
  }
  const start = performance.now()
  child = spawn(process.execPath, [action], { env, cwd: dir, stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const timer = setTimeout(settle, TIMEOUT_MS)
  await Promise.race([done, exited])
  clearTimeout(timer)
  child.kill('SIGKILL')
  await exited
  await new Promise((resolve) => server.close(resolve))
  rmSync(dir, { recursive: true, force: true })
  if (first === undefined) return new Error('the Action made no API request (it exited or timed out first)')
  return first - start
}
