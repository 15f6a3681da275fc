import { it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { report } from '../helpers/check.js'
it('prints', () => {
  const root = '__tests__/fixtures/standards'
  const out: string[] = []
  for (const dir of readdirSync(root).sort()) {
    if (dir.endsWith('.md')) continue
    for (const f of readdirSync(`${root}/${dir}`).sort()) {
      if (f === 'LICENSE' || f === 'SOURCES.md') continue
      const text = readFileSync(`${root}/${dir}/${f}`, 'utf8')
      const r = report(`${dir}/${f}`, text)
      out.push(
        `${dir}/${f} => ` +
          (r
            ? `${r.standard} ${JSON.stringify(r.findings.map((x) => [x.item, x.status, x.line, x.message.slice(0, 70)]))}`
            : 'undefined')
      )
    }
  }
  console.log(out.join('\n'))
})
