// The CLI run for real over examples/ in one output format, as the renderers' end-to-end tests need it.
import { main } from '../../src/cli/main.js'
import { fakeIO } from '../cli/helpers.js'

export async function runExamples(format: string): Promise<{ code: number; out: string }> {
  const io = fakeIO(process.cwd())
  const code = await main(['--cwd', 'examples', '--format', format, '--jobs', '1'], io)
  return { code, out: io.out.join('') }
}
