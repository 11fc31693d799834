import { readFile } from 'node:fs/promises';
import { DeskError } from '../../shared/errors';

/** Reads an input file named on the command line, with a message a user can act on when it fails. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DeskError('not-found', {
      key: 'cannotRead',
      params: {
        file,
        reason:
          code === 'ENOENT'
            ? { reason: 'noSuchFile' }
            : { reason: 'system', params: { code: code ?? 'error' } },
      },
    });
  }
}
