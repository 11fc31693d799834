import { ipcMain, type WebFrameMain } from 'electron';
import { CALL_NAMES, CHANNELS } from '../shared/channels';
import { DeskError } from '../shared/errors';
import { translator } from '../shared/i18n/index';
import type { UiLanguage } from '../shared/i18n/languages';
import { dispatch, envelopeError, type Handlers } from './handlers';

/**
 * Registers every channel of the contract. A message is served only when it comes from the main frame
 * of one of the app's own windows showing the app's own page; anything else gets `forbidden`.
 */
export function registerIpc(
  handlers: Handlers,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean,
  language: () => UiLanguage = () => 'en',
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(CHANNELS[name], async (event, payload: unknown) => {
      if (!isTrustedFrame(event.senderFrame))
        return envelopeError(new DeskError('forbidden', { key: 'forbidden' }), translator(language()));
      return dispatch(handlers, name, payload, language());
    });
  }
}
