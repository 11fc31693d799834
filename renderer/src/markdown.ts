import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { isSafeExternalUrl } from '../../shared/links';
import { plainTextReason } from '../../shared/report/markdownGuard';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote'];

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!isSafeExternalUrl(href)) node.removeAttribute('href');
    node.setAttribute('rel', 'noreferrer noopener');
  }
});

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Its own marked instance (nothing else can change its options): raw HTML in the text is escaped where
 * marked finds it, so it shows as typed, while markdown syntax that uses `<` keeps working: autolinks
 * `<https://…>` and code spans such as `` `<b>` ``. (Escaping every `<` before parsing, as this did
 * before, broke both: an autolink's `>` ended up in its href and code showed `&lt;`.)
 */
const markdown = new Marked({
  async: false,
  gfm: true,
  breaks: true,
  renderer: {
    html({ text, block }) {
      const escaped = escapeHtml(text);
      return block ? `<p>${escaped.trimEnd().replace(/\n/g, '<br>')}</p>\n` : escaped;
    },
  },
});

/**
 * Statement markdown to HTML that is safe to insert: marked renders (raw HTML escaped, see above),
 * DOMPurify keeps only a small set of formatting tags, and links survive only for http(s)/mailto.
 */
export function markdownToSafeHtml(text: string): string {
  // Text that would overflow or stall the parser is shown as typed, every character of it.
  if (plainTextReason(text)) return `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`;
  const html = markdown.parse(text) as string;
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'rel'] });
}
