import { ipcMain, type WebFrameMain } from 'electron';
import { CALL_NAMES, CHANNELS } from '../shared/channels';
import { dispatch, type Handlers } from './handlers';

/**
 * Registers every channel of the contract. A message is served only when it comes from the main frame
 * of one of the app's own windows showing the app's own page; anything else gets `forbidden`.
 */
export function registerIpc(
  handlers: Handlers,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean,
): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(CHANNELS[name], async (event, payload: unknown) => {
      if (!isTrustedFrame(event.senderFrame))
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This request did not come from Session Desk.' },
        };
      return dispatch(handlers, name, payload);
    });
  }
}
