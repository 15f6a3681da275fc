// The escaping functions and the renderers' exact output for each known vector: HTML comments, mentions, references,
// links and autolinks, backticks in paths, pipes in cells, workflow commands and terminal control characters.
import { describe, expect, it } from '@jest/globals'
import { allItems } from '../../src/checks/index.js'
import { buildReport } from '../../src/core/engine.js'
import type { FileReport, Finding } from '../../src/vocabulary.js'
import type { ComparedContracts } from '../../src/diff/compare.js'
import { renderChangelog } from '../../src/diff/render.js'
import {
  atLineStart,
  codeSpan,
  linkDestination,
  markdownText,
  messageMarkdown,
  noWorkflowCommands,
  terminalText,
  utf8Length,
  xmlAttribute,
  xmlText
} from '../../src/report/escape.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { renderText } from '../../src/report/text.js'

const Z = '\u200b'

describe('terminalText', () => {
  it('shows control, C1 and bidi characters as visible escapes and folds line breaks and tabs', () => {
    expect(terminalText('a\u001b[31mb\u202ec\u0000\td\r\ne\u0085f\u007f\u2066')).toBe(
      'a\\x1b[31mb\\u202ec\\x00 d e\\x85f\\x7f\\u2066'
    )
    expect(terminalText('contracts/orders.odcs.yaml — ok')).toBe('contracts/orders.odcs.yaml — ok')
  })
})

describe('xmlText and xmlAttribute', () => {
  it('write markup characters as entities, and quotes only in attributes', () => {
    expect(xmlText(`a & <b> "c" 'd' ]]>`)).toBe(`a &amp; &lt;b&gt; "c" 'd' ]]&gt;`)
    expect(xmlAttribute(`a & <b> "c" 'd'`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;')
  })

  it('keep lines in text and fold them in attributes; show what XML forbids or a viewer reorders by', () => {
    expect(xmlText('a\r\nb\rc\nd\te\u0000\u001b\u0085\u202e')).toBe('a\nb\nc\nd\te\\x00\\x1b\\x85\\u202e')
    expect(xmlAttribute('a\r\nb\nc\td\u0000')).toBe('a b c d\\x00')
    // A lone surrogate and the noncharacters U+FFFE and U+FFFF cannot be in XML 1.0; a pair is one character.
    expect(xmlText('\ud800x\udc00\ufffe\uffff😀')).toBe('\\ud800x\\udc00\\ufffe\\uffff😀')
    expect(xmlAttribute('\udbff')).toBe('\\udbff')
  })
})

describe('markdownText', () => {
  it('turns HTML into text', () => {
    expect(markdownText('<!-- hides the rest')).toBe('&lt;!-- hides the rest')
    expect(markdownText('<details open><img src=x>')).toBe('&lt;details open&gt;&lt;img src=x&gt;')
  })

  it('mentions and references no one', () => {
    expect(markdownText('ask @acme/data-team')).toBe(`ask @${Z}acme/data-team`)
    expect(markdownText('fixes #12, GH-3 and owner/repo#4')).toBe(
      `fixes #${Z}12, GH-${Z}3 and owner/repo#${Z}4`
    )
  })

  it('links nothing: no link, image, URL, www. or email autolink', () => {
    expect(markdownText('[x](http://e.vil) ![i](x) https://e.vil www.e.vil a@b.co')).toBe(
      `\\[x\\](http:${Z}//e.vil) !\\[i\\](x) https:${Z}//e.vil www${Z}.e.vil a@${Z}b.co`
    )
  })

  it('escapes the punctuation that could start Markdown, but not an underscore inside a word', () => {
    expect(markdownText('a|b\\c*d order_id _f_ `g` ~h~ $i$ &amp;')).toBe(
      'a\\|b\\\\c\\*d order_id \\_f\\_ \\`g\\` \\~h\\~ \\$i\\$ \\&amp;'
    )
    expect(markdownText('orders.customer_id, v1.2.3 - ok')).toBe('orders.customer_id, v1.2.3 - ok')
  })

  it('keeps a line break from starting a workflow command line', () => {
    expect(markdownText('x\n::error::pwned')).toBe('x ::error::pwned')
  })
})

describe('atLineStart', () => {
  it('makes no heading, list, rule or code fence at the start of a line', () => {
    expect(atLineStart(markdownText('# heading'))).toBe('\\# heading')
    expect(atLineStart(markdownText('- item'))).toBe('\\- item')
    expect(atLineStart(markdownText('    1. item'))).toBe('1\\. item')
    expect(atLineStart(markdownText('==='))).toBe('\\===')
    expect(atLineStart(codeSpan('``x'))).toBe(`${Z}\`\`\` \`\`x \`\`\``)
    expect(atLineStart(markdownText('plain'))).toBe('plain')
  })
})

describe('codeSpan', () => {
  it('uses a fence longer than any backtick run inside, padded when needed', () => {
    expect(codeSpan('contracts/orders.yaml')).toBe('`contracts/orders.yaml`')
    expect(codeSpan('a`b.yaml')).toBe('``a`b.yaml``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeSpan(' a ')).toBe('`  a  `')
    expect(codeSpan('')).toBe('` `')
  })

  it('escapes pipes in a table cell, keeping a backslash before one from pairing with the escape', () => {
    expect(codeSpan('a|b', { table: true })).toBe('`a\\|b`')
    expect(codeSpan('a\\|b', { table: true })).toBe(`\`a\\${Z}\\|b\``)
    expect(codeSpan('a|b')).toBe('`a|b`')
  })

  it('folds line breaks and shows control characters', () => {
    expect(codeSpan('a\nb\u001bc')).toBe('`a b\\x1bc`')
  })
})

describe('messageMarkdown', () => {
  it('keeps the message’s code as code spans and escapes the rest', () => {
    expect(messageMarkdown('No owner: add `owner: "@acme/data-team"` or ask @acme/x <b>')).toBe(
      `No owner: add \`owner: "@acme/data-team"\` or ask @${Z}acme/x &lt;b&gt;`
    )
    expect(messageMarkdown('`a``b`')).toBe(`\`a\`${Z}\`b\``)
    // A value's stray backtick can move where code starts, but every piece is still escaped.
    expect(messageMarkdown('odd ` backtick `a|b`', { table: true })).toBe('odd `  backtick  `a\\|b\\`')
  })
})

describe('linkDestination, noWorkflowCommands, utf8Length', () => {
  it('percent-encodes what would end or break a link destination', () => {
    expect(linkDestination('https://x/blob/sha/a (1)/b)<c>`d\\#L2')).toBe(
      'https://x/blob/sha/a%20%281%29/b%29%3Cc%3E%60d%5C#L2'
    )
    expect(linkDestination('https://github.com/acme/shop/blob/abc/contracts/é.yaml#L1')).toBe(
      'https://github.com/acme/shop/blob/abc/contracts/%C3%A9.yaml#L1'
    )
  })

  it('puts a zero width space before a line’s leading ::', () => {
    expect(noWorkflowCommands('ok\n::error::x\n  ::warning::y\na::b')).toBe(
      `ok\n${Z}::error::x\n  ${Z}::warning::y\na::b`
    )
  })

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a€😀')).toBe(1 + 3 + 4)
  })
})

const finding = (over: Partial<Finding>): Finding => ({
  item: 'contract.owner',
  severity: 'error',
  status: 'invalid',
  message: 'No owner.',
  path: 'contracts/a.yaml',
  line: 3,
  column: 1,
  ...over
})

const contract = (path: string, findings: Finding[], extra: Partial<FileReport> = {}): FileReport => ({
  path,
  kind: 'contract',
  standard: 'odcs',
  findings: findings.map((f) => ({ ...f, path })),
  ...extra
})

describe('renderMarkdown on the known vectors', () => {
  it('a path with <!-- stays in its code span; a message with it becomes text', () => {
    const md = renderMarkdown(
      buildReport([contract('contracts/<!--x.yaml', [finding({ message: 'Unknown key <!-- hide' })])])
    )
    expect(md).toContain('\n### <a name="handoff-1"></a>`contracts/<!--x.yaml`\n')
    expect(md).toContain(
      '\n| [`contracts/<!--x.yaml`](#handoff-1) | ✅ | ✅ | ✅ | [❌](#handoff-1-owner) | ✅ |\n'
    )
    expect(md).toContain(
      '| <a name="handoff-1-owner"></a>❌ | `contract.owner` | 3 | Unknown key &lt;!-- hide |'
    )
  })

  it('a value with @acme/data-team mentions no one, in a message or as a value', () => {
    const file = contract('c.yaml', [finding({ message: 'Owner @acme/data-team is not in CODEOWNERS.' })], {
      changes: {
        bump: 'major',
        verdict: 'breaking',
        changes: [
          {
            rule: 'owner-changed',
            level: 'error',
            path: 'owner',
            old: '@acme/data-team',
            new: '@acme/new',
            message: 'Owner changed from @acme/data-team'
          }
        ]
      }
    })
    const md = renderMarkdown(buildReport([file]))
    expect(md).toContain(
      `| <a name="handoff-1-owner"></a>❌ | \`contract.owner\` | 3 | Owner @${Z}acme/data-team is not in CODEOWNERS. |`
    )
    expect(md).toContain(
      `| ❌ | Owner changed from @${Z}acme/data-team | \`owner\` | \`@acme/data-team\` → \`@acme/new\` |`
    )
  })

  it('a ::error line, a backtick path and a pipe in a cell', () => {
    const file = contract('a`b.yaml', [finding({ message: 'bad\n::error::pwned' })], {
      changes: {
        bump: 'major',
        verdict: 'breaking',
        changes: [
          { rule: 'r', level: 'warning', path: 'orders.a|b', old: 'x|y', message: 'Field a|b changed' }
        ]
      }
    })
    const md = renderMarkdown(buildReport([file]), { link: (p, l) => `https://gh/blob/${p}#L${l}` })
    expect(md).toContain('\n### <a name="handoff-1"></a>``a`b.yaml``\n')
    expect(md).toContain(
      '| <a name="handoff-1-owner"></a>❌ | `contract.owner` | [3](https://gh/blob/a%60b.yaml#L3) | bad ::error::pwned |'
    )
    expect(md).toContain('| ⚠️ | Field a\\|b changed | `orders.a\\|b` | `x\\|y` → — |')
    expect(md.split('\n').some((line) => line.trimStart().startsWith('::'))).toBe(false)
  })

  it('a hostile version, waiver and note are text', () => {
    const file = contract(
      'c.yaml',
      [finding({ waived: { item: 'contract.owner', by: '@org/team', reason: '<details open> see #1' } })],
      { standardVersion: '<img src=x>' }
    )
    const md = renderMarkdown(buildReport([file]), { notes: ['- [x](https://e.vil) by @mallory'] })
    expect(md).toContain(`\n> \\- \\[x\\](https:${Z}//e.vil) by @${Z}mallory\n`)
    expect(md).toContain('<sub>ODCS &lt;img src=x&gt; data contract</sub>')
    expect(md).toContain(`~~No owner.~~<br>**Waived** by @${Z}org/team: &lt;details open&gt; see #${Z}1 |`)
  })
})

describe('renderText on the known vectors', () => {
  it('shows ESC and bidi characters from input as escapes and keeps our colours', () => {
    const file = contract('::error::x.yaml', [finding({ message: 'bad\u001b[2J\u202evalue' })])
    const plain = renderText(buildReport([file]))
    expect(plain.split('\n').slice(0, 2)).toEqual([
      `${Z}::error::x.yaml  ODCS data contract`,
      '  3:1  error    contract.owner  bad\\x1b[2J\\u202evalue'
    ])
    const coloured = renderText(buildReport([file]), { color: true })
    expect(coloured).toContain('\u001b[31merror  \u001b[39m')
    expect(coloured).toContain('bad\\x1b[2J\\u202evalue')
  })
})

describe('renderChangelog on the known vectors', () => {
  const log = {
    basePath: 'old.yaml',
    headPath: 'new`<!--.yaml',
    compared: {
      changes: {
        bump: 'none',
        verdict: 'breaking',
        baseVersion: '1.0.0',
        headVersion: '@acme/x',
        changes: [{ rule: 'r', level: 'error', path: 'a|b', old: '[x](y)', message: 'm', line: 2 }]
      },
      reports: []
    } as ComparedContracts,
    findings: [finding({ message: 'see `@acme/x` and @acme/y\u001b' })]
  }

  it('markdown', () => {
    expect(renderChangelog(log, 'markdown')).toBe(
      [
        '### Contract changes: ``new`<!--.yaml``',
        '',
        `version 1.0.0 → @${Z}acme/x (none) · **breaking** · 1 breaking, 0 warning, 0 info`,
        '',
        '| Level | Path | Change | Old → New | Line |',
        '| --- | --- | --- | --- | --- |',
        '| error | `a\\|b` | r | \\[x\\](y) → (none) | line 2 |',
        '',
        `- **error** \`contract.owner\` (line 3): see \`@acme/x\` and @${Z}acme/y\\\\x1b`,
        ''
      ].join('\n')
    )
  })

  it('text', () => {
    expect(renderChangelog(log, 'text').split('\n').at(-2)).toBe(
      'error contract.owner (contracts/a.yaml:3): see `@acme/x` and @acme/y\\x1b'
    )
  })
})

describe('the product’s own texts', () => {
  it('name example owners only inside code, so no rendering mentions them', () => {
    const outsideCode = (text: string): string => text.replace(/`[^`]*`/g, '')
    for (const item of allItems) {
      for (const text of [item.help, item.description, ...Object.values(item.messages)]) {
        expect([item.id, outsideCode(text).match(/@\w/)]).toEqual([item.id, null])
      }
    }
  })
})
