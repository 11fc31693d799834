import { useEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Person, PolicyQuestion, Statement, StatementKind } from '../../../../shared/model/session';
import { digitOf, findBinding, isTextField } from '../../common/keys';
import { CAPTURE_KEYS, type CaptureAction } from '../../keymap';
import { useT } from '../../i18n';
import { useMenuCommand } from '../../useMenuCommand';
import type { CaptureDraftState } from './useCaptureDraft';
import { nextKind, toggle } from './useStatementActions';

export type Panel = 'none' | 'audience' | 'fora' | 'help' | 'transcript';
type StatementRecord = Omit<Statement, 'updatedAt' | 'deletedAt'>;

interface Deps {
  panel: Panel;
  setPanel: (panel: Panel | ((p: Panel) => Panel)) => void;
  draft: CaptureDraftState;
  people: readonly Person[];
  numbers: ReadonlyMap<string, number>;
  questions: readonly PolicyQuestion[];
  update: (id: string, label: string, patch: (s: StatementRecord) => StatementRecord) => void;
  undoOrRedo: (which: 'undo' | 'redo') => void;
  pickSpeaker: (id: string | null) => void;
  setCarryTags: (f: (on: boolean) => boolean) => void;
  focusBox: () => void;
  /** Accepts the top suggested question of a statement; false when it has none to accept. */
  acceptSuggestion: (id: string) => boolean;
  /** Marks a statement "no question" (its tags go), or takes that verdict back. */
  toggleNoQuestion: (id: string) => void;
  selectedId: string | null;
  refs: {
    box: RefObject<HTMLTextAreaElement | null>;
    speakerInput: RefObject<HTMLInputElement | null>;
    searchInput: RefObject<HTMLInputElement | null>;
    pollQuestionInput: RefObject<HTMLInputElement | null>;
    listRef: RefObject<HTMLDivElement | null>;
  };
}

/**
 * The capture screen's keys: every key press is looked up in CAPTURE_KEYS (the table the help shows).
 * Tag, kind, star and speaker keys act on the selected statement while the list has the focus, else
 * on the box.
 */
export function useCaptureKeys(deps: Deps) {
  const { t } = useT('capture');
  const onKey = (event: KeyboardEvent) => {
    const { panel, refs } = deps;
    if (panel === 'help' || panel === 'transcript') return;
    const active = document.activeElement;
    const binding = findBinding(CAPTURE_KEYS, event);
    if (!binding) {
      // A key typed while nothing has the focus (a panel just closed) goes into the box, never nowhere.
      const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (printable && panel === 'none' && (active === null || active === document.body))
        refs.box.current?.focus();
      return;
    }
    if (binding.action === 'undo' || binding.action === 'redo') {
      // Text being typed keeps the native undo; the app's undo acts on an empty box or the list.
      if (isTextField(active) && active.value !== '') return;
      event.preventDefault();
      deps.undoOrRedo(binding.action);
      deps.focusBox();
      return;
    }
    if (run(binding.action, event, active)) event.preventDefault();
  };

  /** Does what the key says; false when it did nothing (so the browser keeps the key). */
  const run = (action: CaptureAction, event: KeyboardEvent, active: Element | null): boolean => {
    const { setPanel, draft, refs, selectedId, questions, update } = deps;
    const target = selectedId !== null && active === refs.listRef.current ? selectedId : null;
    if (action === 'help') setPanel('help');
    else if (action === 'findSpeaker') refs.speakerInput.current?.focus();
    else if (action === 'speaker') {
      const n = digitOf(event);
      const person = deps.people.find((p) => deps.numbers.get(p.id) === n);
      if (!person) return false;
      if (target)
        update(target, t('undo.speakerTo', { name: person.name }), (r) => ({ ...r, speakerId: person.id }));
      else deps.pickSpeaker(person.id);
    } else if (action === 'audience') setPanel('audience');
    else if (action === 'search') {
      refs.searchInput.current?.focus();
      refs.searchInput.current?.select();
    } else if (action === 'tag') {
      const n = digitOf(event)!;
      const q = questions[n - 1];
      if (!q) return false;
      if (target)
        update(target, t('undo.tag', { n }), (r) => ({ ...r, questionIds: toggle(r.questionIds, q.id) }));
      else draft.setTags((tags) => toggle(tags, q.id));
    } else if (action === 'noQuestion') {
      if (!target) return false;
      deps.toggleNoQuestion(target);
    } else if (action === 'carryTags') deps.setCarryTags((on) => !on);
    else if (action === 'nextKind' || action === 'previousKind') {
      const step = action === 'nextKind' ? 1 : -1;
      if (target) update(target, t('undo.kind'), (r) => ({ ...r, kind: nextKind(r.kind, step) }));
      else draft.setKind((k) => nextKind(k, step));
    } else if (action.startsWith('kind:')) {
      const kind = action.slice(5) as StatementKind;
      const flip = (k: StatementKind): StatementKind =>
        k === kind && kind !== 'poll-result' ? 'statement' : kind;
      if (target) update(target, t('undo.kind'), (r) => ({ ...r, kind: flip(r.kind) }));
      else {
        // The poll editor mounts and takes focus before the next key is handled, so a fast typist's
        // first letters go into the question, not into the statement box.
        flushSync(() => draft.setKind(flip));
        if (kind === 'poll-result') refs.pollQuestionInput.current?.focus();
      }
    } else if (action === 'star') {
      if (target) update(target, t('undo.star'), (r) => ({ ...r, starred: !r.starred }));
      else draft.setStarred((s) => !s);
    } else if (action === 'fora') setPanel((p) => (p === 'fora' ? 'none' : 'fora'));
    else if (action === 'transcript') setPanel('transcript');
    else if (action === 'acceptSuggestion') return target ? deps.acceptSuggestion(target) : false;
    return true;
  };

  // Edit › Undo / Redo / Find and Help › Keyboard shortcuts do what their keys do here.
  useMenuCommand(['undo', 'redo', 'find', 'showShortcuts'], ({ command }) => {
    if (command === 'undo' || command === 'redo') {
      deps.undoOrRedo(command);
      deps.focusBox();
    } else if (command === 'find') {
      deps.refs.searchInput.current?.focus();
      deps.refs.searchInput.current?.select();
    } else deps.setPanel('help');
  });

  const onKeyRef = useRef(onKey);
  onKeyRef.current = onKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyRef.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
