import { useCallback, useMemo, useRef } from 'react';
import { findRecord, type Change } from '../../../../shared/model/changes';
import { draftOf } from '../../../../shared/model/records';
import {
  STATEMENT_KINDS,
  type Session,
  type Statement,
  type StatementKind,
} from '../../../../shared/model/session';
import { useT } from '../../i18n';
import type { ListActions } from './StatementList';

type StatementRecord = Omit<Statement, 'updatedAt' | 'deletedAt'>;
type History = { apply: (label: string, changes: Change[]) => void };

export const toggle = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
export const nextKind = (kind: StatementKind, step: number): StatementKind =>
  STATEMENT_KINDS[(STATEMENT_KINDS.indexOf(kind) + step + STATEMENT_KINDS.length) % STATEMENT_KINDS.length]!;

/**
 * Edits of statements already added (text, speaker, tags, “no question”, kind, star, delete), each one undoable, and
 * the list's actions, stable across renders so the memoised list does not re-render on every key.
 */
export function useStatementActions({
  session,
  history,
  ui,
}: {
  session: Session;
  history: History;
  ui: {
    setSelectedId: (id: string | null) => void;
    setEditingId: (id: string | null) => void;
    setMessage: (text: string) => void;
    focusBox: () => void;
    focusList: () => void;
    focusBoxNow: () => void;
  };
}) {
  const { t } = useT('capture');
  const statementById = useCallback(
    (id: string) => {
      const s = findRecord(session.statements, id);
      return s?.deletedAt === null ? s : undefined;
    },
    [session.statements],
  );

  const update = useCallback(
    (id: string, label: string, patch: (s: StatementRecord) => StatementRecord) => {
      const s = statementById(id);
      if (!s) return;
      history.apply(label, [{ type: 'statement.put', statement: patch(draftOf(s)) }]);
    },
    [statementById, history],
  );

  const actionsRef = useRef<ListActions | null>(null);
  actionsRef.current = {
    select: (id) => {
      ui.setSelectedId(id);
      if (id) ui.focusList();
    },
    edit: (id) => {
      ui.setSelectedId(id);
      ui.setEditingId(id);
    },
    remove: (id) => {
      history.apply(t('undo.delete'), [{ type: 'statement.delete', id }]);
      ui.setEditingId(null);
      ui.setSelectedId(null);
      ui.setMessage(t('message.deleted'));
      ui.focusBox();
    },
    saveEdit: (id, value) => {
      const next = value.trim();
      const s = statementById(id);
      if (s && next && next !== s.text) {
        update(id, t('undo.edit'), (r) => ({ ...r, text: next }));
        ui.setMessage(t('message.edited'));
      }
      ui.setEditingId(null);
      ui.setSelectedId(null);
      ui.focusBox();
    },
    cancelEdit: () => {
      ui.setEditingId(null);
      ui.setSelectedId(null);
      ui.focusBox();
    },
    leave: () => {
      ui.setSelectedId(null);
      ui.focusBoxNow();
    },
    patch: (id, label, fields) => update(id, label, (r) => ({ ...r, ...fields })),
    setNoQuestion: (id, on) => {
      // The verdict and the tags exclude each other: giving it clears the tags, in the same step.
      const fields = on ? { questionIds: [], noQuestion: true } : { noQuestion: false };
      update(id, t(on ? 'undo.noQuestion' : 'undo.removeNoQuestion'), (r) => ({ ...r, ...fields }));
      ui.setMessage(t(on ? 'message.markedNoQuestionByHand' : 'message.noQuestionRemoved'));
    },
  };
  const listActions = useMemo<ListActions>(
    () => ({
      select: (id) => actionsRef.current?.select(id),
      edit: (id) => actionsRef.current?.edit(id),
      remove: (id) => actionsRef.current?.remove(id),
      saveEdit: (id, v) => actionsRef.current?.saveEdit(id, v),
      cancelEdit: () => actionsRef.current?.cancelEdit(),
      leave: () => actionsRef.current?.leave(),
      patch: (id, label, fields) => actionsRef.current?.patch(id, label, fields),
      setNoQuestion: (id, on) => actionsRef.current?.setNoQuestion(id, on),
    }),
    [],
  );

  return { update, listActions };
}
