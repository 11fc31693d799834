import { EditorCard, MarkdownField } from './EditorCard';
import { useId } from 'react';
import type { ReportPatch } from '../../../../../shared/model/changes';
import { type Session } from '../../../../../shared/model/session';
import { type ReportDocument } from '../../../../../shared/report/reportModel';
import { useCommitOnBlur } from '../../../common/useCommitOnBlur';
import type { ChangeFn } from '../useReportChange';
import { useLanguage, useT } from '../../../i18n';

function NumberField({
  label,
  value,
  max,
  onCommit,
  suffix,
}: {
  label: string;
  value: number | null;
  max: number;
  onCommit: (value: number | null) => void;
  suffix?: string;
}) {
  const { t } = useT('report');
  const { format } = useLanguage();
  const id = useId();
  const parse = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));
  const { props, error } = useCommitOnBlur(
    value === null ? '' : String(value),
    (text) => onCommit(parse(text)),
    (text) => {
      const n = parse(text);
      if (n === null) return null;
      return Number.isFinite(n) && n >= 0 && n <= max
        ? null
        : t('participation.numberRange', { max: format.number(max) });
    },
  );
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="with-suffix">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          {...props}
        />
        {suffix && <span className="muted">{suffix}</span>}
      </span>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function ParticipationEditor({
  session,
  change,
  doc,
}: {
  session: Session;
  change: ChangeFn;
  doc: ReportDocument;
}) {
  const { t } = useT('report');
  const r = session.report;
  const patch = (p: ReportPatch) => change([{ type: 'report.update', patch: p }]);
  const genderId = useId();
  const speaking = doc.sections.find((s) => s.id === 'speaking-time');
  return (
    <EditorCard id="participation" title={t('participation.title')} doc={doc} copyId="participation">
      <div className="form-grid three">
        <NumberField
          label={t('participation.onsite')}
          value={r.participantsOnsite}
          max={10_000_000}
          onCommit={(n) => patch({ participantsOnsite: n === null ? null : Math.round(n) })}
        />
        <NumberField
          label={t('participation.online')}
          value={r.participantsOnline}
          max={10_000_000}
          onCommit={(n) => patch({ participantsOnline: n === null ? null : Math.round(n) })}
        />
        <NumberField
          label={t('participation.women')}
          value={r.womenPercent}
          max={100}
          suffix="%"
          onCommit={(n) => patch({ womenPercent: n })}
        />
      </div>
      <div className="field">
        <label htmlFor={genderId}>{t('participation.genderAddressed')}</label>
        <select
          id={genderId}
          value={r.genderAddressed === null ? '' : r.genderAddressed ? 'yes' : 'no'}
          onChange={(e) =>
            patch({ genderAddressed: e.target.value === '' ? null : e.target.value === 'yes' })
          }
        >
          <option value="">{t('participation.notStated')}</option>
          <option value="yes">{t('participation.yes')}</option>
          <option value="no">{t('participation.no')}</option>
        </select>
      </div>
      <MarkdownField
        label={t('participation.genderHow')}
        value={r.genderHow}
        rows={3}
        onCommit={(genderHow) => patch({ genderHow })}
      />
      <h4>{t('participation.speaking')}</h4>
      {speaking?.blocks.some((b) => b.type === 'bars') ? (
        <p className="muted">{t('participation.speakingShown')}</p>
      ) : (
        <p className="muted">{t('participation.speakingNone')}</p>
      )}
    </EditorCard>
  );
}
