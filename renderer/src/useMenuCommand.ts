import { useEffect, useRef } from 'react';
import type { EventPayload } from '../../shared/contract';
import type { WindowCommand } from '../../shared/menuCommands';

export type MenuCommandEvent = EventPayload<'menuCommand'>;

/**
 * Runs `handler` for the application menu's commands in `commands` while the calling screen is shown.
 * The latest handler is used, so it may close over the screen's current state.
 */
export function useMenuCommand(
  commands: readonly WindowCommand[],
  handler: (event: MenuCommandEvent) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const key = commands.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    return window.desk.on('menuCommand', (event) => {
      if (wanted.has(event.command)) latest.current(event);
    });
  }, [key]);
}
