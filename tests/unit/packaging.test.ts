import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

describe('electron-builder.yml', () => {
  const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

  it('builds AppImage and deb, nsis, dmg', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });

  it('opens session files: associated with .session.json, never with every .json', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'session.json',
        role: 'Editor',
        mimeType: expect.stringMatching(/json$/),
      }),
    ]);
    expect(JSON.stringify(config.fileAssociations)).not.toMatch(/"ext":"json"/);
  });

  it('flips the security fuses (Electron checklist item 19)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
