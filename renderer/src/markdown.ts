import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { isSafeExternalUrl } from '../../shared/links';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'a', 'ul', 'ol', 'li', 'blockquote'];

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    if (!isSafeExternalUrl(href)) node.removeAttribute('href');
    node.setAttribute('rel', 'noreferrer noopener');
  }
});

/**
 * Statement markdown to HTML that is safe to insert: marked renders, DOMPurify keeps only a small
 * set of formatting tags, and links survive only for http(s)/mailto. Raw HTML in the text is escaped
 * first, so it shows as typed instead of being interpreted.
 */
export function markdownToSafeHtml(markdown: string): string {
  const escaped = markdown.replace(/</g, '&lt;');
  const html = marked.parse(escaped, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href', 'rel'] });
}
