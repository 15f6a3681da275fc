import type { CommentLinks } from '../../src/github/publish/comment.js'

/** Where a comment's links point in the unit tests: acme/shop, head `abc`, base `def`. */
export const LINKS: CommentLinks = {
  serverUrl: 'https://github.com',
  headRepo: 'acme/shop',
  headSha: 'abc',
  baseRepo: 'acme/shop',
  baseSha: 'def',
  runUrl: 'https://github.com/acme/shop/actions/runs/1'
}
