import { describe, expect, it } from '@jest/globals'
import {
  isOutputFormat,
  render,
  renderGitlab,
  renderJson,
  renderJunit,
  renderMarkdown,
  renderSarif,
  renderText
} from '../../src/report/index.js'
import { sampleReport } from './sample-report.js'

describe('render', () => {
  const report = sampleReport()

  it('dispatches to the renderer of each format with its options', () => {
    const notes = ['Deleted since main (not checked): a.yaml']
    expect(render('text', report, { toolVersion: '1.0.0', color: true, notes })).toBe(
      renderText(report, { color: true, notes })
    )
    expect(render('json', report, { toolVersion: '1.0.0', notes })).toBe(renderJson(report, { notes }))
    expect(render('markdown', report, { toolVersion: '1.0.0', notes, markdown: { heading: '# hc' } })).toBe(
      renderMarkdown(report, { notes, heading: '# hc' })
    )
    expect(render('sarif', report, { toolVersion: '1.0.0', informationUri: 'https://example.org' })).toBe(
      renderSarif(report, { toolVersion: '1.0.0', informationUri: 'https://example.org' })
    )
    expect(render('junit', report, { toolVersion: '1.0.0', items: ['file.parse'] })).toBe(
      renderJunit(report, { items: ['file.parse'] })
    )
    expect(render('junit', report, { toolVersion: '1.0.0' })).toBe(renderJunit(report))
    expect(render('gitlab', report, { toolVersion: '1.0.0' })).toBe(renderGitlab(report))
  })

  it('knows its formats', () => {
    expect(['text', 'json', 'markdown', 'sarif', 'junit', 'gitlab', 'html'].map(isOutputFormat)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false
    ])
  })
})
