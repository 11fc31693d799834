import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import fences of ARCHITECTURE.md, as `npm run lint` (part of `npm test`) enforces them: each
 * crossing is linted as if it were a file in that folder, and must be refused.
 */
const eslint = new ESLint();
async function refused(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint fences', () => {
  it('shared/ imports neither Node, Electron, React, electron/ nor renderer/', async () => {
    for (const line of [
      "import { readFile } from 'node:fs/promises';",
      "import fs from 'fs';",
      "import path from 'path';",
      "import { randomUUID } from 'crypto';",
      "import { app } from 'electron';",
      "import { useState } from 'react';",
      "import { Workspace } from '../../electron/store/workspace';",
      "import { Settings } from '../electron/store/settings';",
      "import { call } from '../../renderer/src/desk';",
      "export { x } from '../../electron/cli';",
    ])
      expect(
        await refused('shared/report/fence-probe.ts', `${line}\nexport const y = 1;\n`),
        line,
      ).not.toEqual([]);
  });

  it('renderer/ imports neither node: modules nor electron, nor the main process code', async () => {
    for (const line of [
      "import { readFile } from 'node:fs';",
      "import os from 'os';",
      "import { ipcRenderer } from 'electron';",
      "import { Workspace } from '../../../../electron/store/workspace';",
    ])
      expect(await refused('renderer/src/features/capture/fence-probe.ts', `${line}\n`), line).not.toEqual(
        [],
      );
  });

  it('electron/ does not import the renderer', async () => {
    expect(
      await refused('electron/fence-probe.ts', "import { App } from '../renderer/src/App';\n"),
    ).not.toEqual([]);
  });

  it('lets the allowed imports through', async () => {
    expect(
      await refused(
        'shared/report/fence-probe.ts',
        "import { z } from 'zod';\nimport { live } from '../model/session';\n",
      ),
    ).toEqual([]);
    expect(
      await refused(
        'renderer/src/fence-probe.ts',
        "import { call } from './desk';\nimport { live } from '../../shared/model/session';\n",
      ),
    ).toEqual([]);
    expect(
      await refused(
        'electron/fence-probe.ts',
        "import path from 'node:path';\nimport { app } from 'electron';\n",
      ),
    ).toEqual([]);
  });
});
