import { useEffect, useState } from 'react';
import type { TeamStatus } from '../../../../shared/sync/status';
import { call } from '../../desk';

/** This computer's share and joins, kept current by the `teamChanged` event. */
export function useTeam(): TeamStatus | null {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  useEffect(() => {
    let alive = true;
    call('teamStatus', {}).then(
      (s) => alive && setStatus(s),
      () => undefined,
    );
    const off = window.desk.on('teamChanged', (s) => alive && setStatus(s));
    return () => {
      alive = false;
      off();
    };
  }, []);
  return status;
}
