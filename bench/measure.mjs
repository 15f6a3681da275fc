// One measured run of a command as a child process: wall time (from spawn to exit, in this process), the child's
// peak resident set size and the CPU time it used on all its threads (user + system). Both come from GNU time
// (`/usr/bin/time -f '%U %S %M'`, the kernel's rusage of the child) when it is installed; otherwise from sampling
// /proc/<pid> every 20 ms (VmHWM, and utime + stime), lower bounds that miss what the last interval before exit adds.
// CPU time next to wall time says how many cores a tool kept busy: a multi-threaded tool can burn far more CPU than
// a one-threaded one for the same wall time.
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

/** The clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100

/** The last line of GNU time's output for the format `%U %S %M`: CPU seconds (user + system) and peak RSS in KiB. */
export function parseGnuTime(output) {
  const lines = output.trim().split('\n')
  // Lines before the last say how the command ended (`Command exited with non-zero status 1`).
  const match = /^(\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (\d+)$/.exec(lines[lines.length - 1].trim())
  if (!match) throw new Error(`unexpected GNU time output: ${JSON.stringify(output.slice(-200))}`)
  return { cpuS: Number(match[1]) + Number(match[2]), peakKiB: Number(match[3]) }
}

/** utime + stime of a process from its /proc/<pid>/stat line, in seconds; the command name may hold spaces. */
export function cpuFromProcStat(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // After the name: state is field 3, utime field 14 and stime field 15 of the line.
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S
}

function cpuS(pid) {
  try {
    return cpuFromProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return 0
  }
}

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
 * { wallS, cpuS, peakRssMB, exitCode }.
 */
export function measure(command, args, { cwd, env, stdoutPath, stderrPath }) {
  const stdout = openSync(stdoutPath, 'w')
  const stderr = openSync(stderrPath, 'w')
  const timeOut = join(tmpdir(), `handoff-bench-time-${process.pid}-${Date.now()}.txt`)
  const [file, argv] =
    rssMethod === 'gnu-time'
      ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeOut, command, ...args]]
      : [command, args]
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', stdout, stderr]
    })
    let sampledKiB = 0
    let sampledCpuS = 0
    const sampler =
      rssMethod === 'proc-sampling'
        ? setInterval(() => {
            sampledKiB = Math.max(sampledKiB, vmHwmKiB(child.pid))
            sampledCpuS = Math.max(sampledCpuS, cpuS(child.pid))
          }, 20)
        : undefined
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - started) / 1e9
      if (sampler) clearInterval(sampler)
      closeSync(stdout)
      closeSync(stderr)
      let peakKiB = sampledKiB
      let cpu = sampledCpuS
      if (rssMethod === 'gnu-time') {
        const parsed = parseGnuTime(readFileSync(timeOut, 'utf8'))
        rmSync(timeOut, { force: true })
        peakKiB = parsed.peakKiB
        cpu = parsed.cpuS
      }
      resolvePromise({
        wallS,
        cpuS: cpu,
        peakRssMB: peakKiB / 1024,
        exitCode: signal ? `signal ${signal}` : code
      })
    })
  })
}
