import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract';
import { call, messageOf } from '../../desk';
import { useMenuCommand } from '../../useMenuCommand';
import type { Merged } from './MergeNotice';
import type { TFor } from '../../i18n';

export type Arrived = EventPayload<'conflictsMerged'>['merged'][number];

/**
 * Copies of the open session merged into it: by File › Merge another copy…, and a sync tool's conflict
 * copy merged as it arrived in the workspace. The merged records themselves come as change events.
 */
export function useCopyMerges(id: string) {
  const [merged, setMerged] = useState<Merged | null>(null);
  const [arrived, setArrived] = useState<Arrived[]>([]);
  const [error, setError] = useState<string | null>(null);
  useMenuCommand(['mergeCopy'], () => {
    setError(null);
    call('mergeSessionFile', { id }).then(
      (result) => result.merged && setMerged(result.merged),
      (e: unknown) => setError(messageOf(e)),
    );
  });
  useEffect(
    () =>
      window.desk.on('conflictsMerged', ({ merged: list }) => {
        const mine = list.filter((m) => m.id === id);
        if (mine.length) setArrived((current) => [...current, ...mine]);
      }),
    [id],
  );
  return {
    merged,
    arrived,
    error,
    dismiss: () => {
      setMerged(null);
      setArrived([]);
      setError(null);
    },
  };
}

/** "Merged a Syncthing conflict copy into …: 3 changes from the other copy, 2 kept from this one." */
export function describeArrived(m: Arrived, t: TFor<'sessions'>): string {
  return t('list.merged', {
    tool: m.tool,
    title: m.title || t('untitled'),
    count: m.fromCopy,
    fromHere: m.fromHere,
  });
}
