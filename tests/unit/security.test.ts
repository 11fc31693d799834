import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedPermission,
  isAppUrl,
  resolveAppFile,
} from '../../electron/security';
import { isSafeExternalUrl } from '../../shared/links';

describe('window security rules', () => {
  it('recognises only the app origin (and the dev server when given)', () => {
    expect(isAppUrl('app://desk/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('serves only files inside the renderer folder', () => {
    const root = path.resolve('/srv/renderer');
    expect(resolveAppFile('app://desk/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://desk/assets/a.js', root)).toBe(path.join(root, 'assets/a.js'));
    expect(resolveAppFile('app://desk/../../etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile('app://desk/%2e%2e/%2e%2e/etc/passwd', root)).toBe(path.join(root, 'etc/passwd'));
    expect(resolveAppFile('app://desk/%00', root)).toBeNull();
    expect(resolveAppFile('app://other/index.html', root)).toBeNull();
  });

  it('grants only clipboard writing, and only to the app itself', () => {
    expect(isAllowedPermission('clipboard-sanitized-write', 'app://desk/index.html')).toBe(true);
    expect(isAllowedPermission('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])
      expect(isAllowedPermission(p, 'app://desk/index.html'), p).toBe(false);
  });

  it('has a strict content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('opens only http(s) and mailto links', () => {
    expect(isSafeExternalUrl('https://www.intgovforum.org/')).toBe(true);
    expect(isSafeExternalUrl('mailto:rapporteur@example.org')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'vbscript:x',
      'https://u:p@x.org',
      '//x.org',
      'https://',
    ])
      expect(isSafeExternalUrl(bad), bad).toBe(false);
  });
});
