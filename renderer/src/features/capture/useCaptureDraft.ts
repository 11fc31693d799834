import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaptureDraft } from '../../../../shared/model/draft';
import type { Session, StatementKind } from '../../../../shared/model/session';
import { defaultSpeakerId } from '../../../../shared/capture/speakers';
import { call } from '../../desk';
import { afterNextPaint } from '../../common/afterPaint';

const DRAFT_DELAY_MS = 300;
/** One empty list, so clearing the box after an add leaves the fora unchanged for memoised parts. */
const NO_FORA: string[] = [];

/**
 * What is in the capture box (text, speaker, tags, kind, fora, star, poll) and its draft on disk: the
 * stored draft is restored on open, and saved ~300 ms after the last change and when focus or the
 * page goes, so nothing typed is lost if the app closes before Enter.
 */
export function useCaptureDraft(session: Session) {
  const [loaded, setLoaded] = useState(false);
  /** No draft is written before the stored one was read, so an early blur cannot erase it. */
  const loadedRef = useRef(false);
  const [text, setText] = useState('');
  const [speakerId, setSpeakerId] = useState<string | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [kind, setKind] = useState<StatementKind>('statement');
  const [fora, setFora] = useState<string[]>(NO_FORA);
  const [starred, setStarred] = useState(false);
  const [pollQuestion, setPollQuestion] = useState('');
  const [pollOptions, setPollOptions] = useState('');

  const sessionId = session.id;
  const initial = useRef(session);
  useEffect(() => {
    let alive = true;
    const first = initial.current;
    const known = new Set(first.people.map((p) => p.id));
    const live = new Set(first.questions.filter((q) => !q.deletedAt).map((q) => q.id));
    const restore = (draft: CaptureDraft | null) => {
      if (!alive) return;
      if (draft) {
        // Words typed before the draft arrived are kept after it.
        setText((typed) => (typed.trim() ? `${draft.text}\n${typed}` : draft.text));
        const stored = draft.speakerId && known.has(draft.speakerId) ? draft.speakerId : null;
        setSpeakerId((chosen) => chosen ?? stored);
        setTags(draft.questionIds.filter((id) => live.has(id)));
        setKind(draft.kind);
        setFora(draft.fora);
        setStarred(draft.starred);
      } else {
        const statements = first.statements.filter((s) => s.deletedAt === null);
        statements.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
        // A speaker chosen before the (empty) draft arrived stays chosen.
        const fallback = defaultSpeakerId(first, statements);
        setSpeakerId((chosen) => chosen ?? fallback);
      }
      loadedRef.current = true;
      setLoaded(true);
    };
    // A failed read is retried: treating it as "no draft" would let the next save erase the draft.
    const read = (attempt: number): void =>
      void call('getDraft', { sessionId }).then(
        ({ draft }) => restore(draft),
        () => (attempt < 3 ? setTimeout(() => alive && read(attempt + 1), 500) : restore(null)),
      );
    read(0);
    return () => {
      alive = false;
    };
  }, [sessionId]);

  const draft = useMemo(
    (): CaptureDraft | null =>
      text.trim() === ''
        ? null
        : { text, speakerId, questionIds: tags, kind, fora, starred, updatedAt: new Date().toISOString() },
    [text, speakerId, tags, kind, fora, starred],
  );
  const draftRef = useRef(draft);
  const savedDraft = useRef<CaptureDraft | null | undefined>(undefined);
  const saveDraftNow = useCallback(() => {
    const current = draftRef.current;
    if (!loadedRef.current || savedDraft.current === current) return;
    savedDraft.current = current;
    void call('saveDraft', { sessionId, draft: current }).catch(() => {
      savedDraft.current = undefined;
    });
  }, [sessionId]);
  useEffect(() => {
    draftRef.current = draft;
    if (!loaded) return;
    const timer = setTimeout(saveDraftNow, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, loaded, saveDraftNow]);
  useEffect(() => {
    if (!loaded) return;
    window.addEventListener('pagehide', saveDraftNow);
    window.addEventListener('beforeunload', saveDraftNow);
    return () => {
      window.removeEventListener('pagehide', saveDraftNow);
      window.removeEventListener('beforeunload', saveDraftNow);
      saveDraftNow();
    };
  }, [loaded, saveDraftNow]);

  /** After an add: the box is empty and its draft gone; the speaker (and tags, if kept) stay. */
  const clearAfterAdd = useCallback(
    (nextTags: string[]) => {
      setText('');
      setTags(nextTags);
      setKind('statement');
      setFora(NO_FORA);
      setStarred(false);
      setPollQuestion('');
      setPollOptions('');
      draftRef.current = null;
      // The stored draft goes once the new statement is painted: the add's frame waits for nothing.
      afterNextPaint(saveDraftNow);
    },
    [saveDraftNow],
  );

  return {
    text,
    setText,
    speakerId,
    setSpeakerId,
    tags,
    setTags,
    kind,
    setKind,
    fora,
    setFora,
    starred,
    setStarred,
    pollQuestion,
    setPollQuestion,
    pollOptions,
    setPollOptions,
    saveDraftNow,
    clearAfterAdd,
  };
}
export type CaptureDraftState = ReturnType<typeof useCaptureDraft>;
