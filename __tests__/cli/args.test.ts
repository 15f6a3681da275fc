import { describe, expect, it } from '@jest/globals'
import { parseCliArgs, useColor } from '../../src/cli/args.js'

describe('parseCliArgs', () => {
  it('reads every option', () => {
    expect(
      parseCliArgs([
        'contracts',
        'a.yaml',
        '--changed-since',
        'origin/main',
        '--format=json',
        '--config',
        'ci.yml',
        '--cwd',
        'repo',
        '-o',
        'out.json',
        '--no-color',
        '--demo',
        '--as-discovered'
      ])
    ).toEqual({
      ok: true,
      options: {
        paths: ['contracts', 'a.yaml'],
        changedSince: 'origin/main',
        format: 'json',
        config: 'ci.yml',
        cwd: 'repo',
        output: 'out.json',
        asDiscovered: true,
        color: false,
        demo: true,
        help: false,
        version: false
      }
    })
  })

  it('defaults to text with colour allowed', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: {
        paths: [],
        format: 'text',
        asDiscovered: false,
        color: true,
        demo: false,
        help: false,
        version: false
      }
    })
  })

  it('rejects a missing or empty value', () => {
    expect(parseCliArgs(['--cwd', ''])).toEqual({ ok: false, message: '--cwd needs a value.' })
    const missing = parseCliArgs(['--format'])
    expect(missing.ok).toBe(false)
    if (!missing.ok) expect(missing.message).toContain("Option '-f, --format <value>' argument missing")
  })
})

describe('useColor', () => {
  it('lets --no-color win, then FORCE_COLOR, then NO_COLOR, then the TTY', () => {
    expect(useColor(false, { FORCE_COLOR: '1' }, true)).toBe(false)
    expect(useColor(true, { FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(true)
    expect(useColor(true, { FORCE_COLOR: '0' }, true)).toBe(false)
    expect(useColor(true, { NO_COLOR: '1' }, true)).toBe(false)
    expect(useColor(true, { NO_COLOR: '' }, true)).toBe(true)
    expect(useColor(true, {}, true)).toBe(true)
    expect(useColor(true, {}, false)).toBe(false)
  })
})

describe('--jobs', () => {
  it('takes a whole number of threads from 1 to 64', () => {
    const jobs = (value: string) => {
      const parsed = parseCliArgs(['--jobs', value])
      return parsed.ok ? parsed.options.jobs : parsed.message
    }
    expect(jobs('1')).toBe(1)
    expect(jobs('64')).toBe(64)
    expect(jobs('0')).toBe('--jobs takes a whole number from 1 to 64, got "0".')
    expect(jobs('2.5')).toBe('--jobs takes a whole number from 1 to 64, got "2.5".')
    expect(jobs('many')).toBe('--jobs takes a whole number from 1 to 64, got "many".')
    expect(jobs('65')).toBe('--jobs takes a whole number from 1 to 64, got "65".')
  })
})
