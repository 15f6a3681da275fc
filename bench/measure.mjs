// One measured run of a command as a child process: wall time (from spawn to exit, in this process) and the child's
// peak resident set size. The peak comes from GNU time (`/usr/bin/time -f %M`, the kernel's ru_maxrss of the child)
// when it is installed; otherwise from sampling /proc/<pid>/status VmHWM every 20 ms, a lower bound that can miss a
// peak reached in the last interval before exit.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'

const GNU_TIME = '/usr/bin/time'

/** 'gnu-time' when /usr/bin/time is GNU time (it understands -f), else 'proc-sampling'. */
export const rssMethod = (() => {
  if (!existsSync(GNU_TIME)) return 'proc-sampling'
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' })
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr) ? 'gnu-time' : 'proc-sampling'
})()

function vmHwmKiB(pid) {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

/**
 * Run `command args` with stdout and stderr sent to files (`stdoutPath`, `stderrPath`); resolves to
 * { wallS, peakRssMB, exitCode }.
 */
export function measure(command, args, { cwd, env, stdoutPath, stderrPath }) {
  const stdout = openSync(stdoutPath, 'w')
  const stderr = openSync(stderrPath, 'w')
  const timeOut = join(tmpdir(), `handoff-bench-time-${process.pid}-${Date.now()}.txt`)
  const [file, argv] =
    rssMethod === 'gnu-time' ? [GNU_TIME, ['-f', '%M', '-o', timeOut, command, ...args]] : [command, args]
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', stdout, stderr]
    })
    let sampledKiB = 0
    const sampler =
      rssMethod === 'proc-sampling'
        ? setInterval(() => {
            sampledKiB = Math.max(sampledKiB, vmHwmKiB(child.pid))
          }, 20)
        : undefined
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9
      if (sampler) clearInterval(sampler)
      closeSync(stdout)
      closeSync(stderr)
      let peakKiB = sampledKiB
      if (rssMethod === 'gnu-time') {
        // GNU time's last line is the format's output; lines before it say how the command ended.
        const lines = readFileSync(timeOut, 'utf8').trim().split('\n')
        peakKiB = Number(lines[lines.length - 1])
        rmSync(timeOut, { force: true })
      }
      resolvePromise({ wallS, peakRssMB: peakKiB / 1024, exitCode: signal ? `signal ${signal}` : code })
    })
  })
}
