import { EditorCard, MarkdownField } from './EditorCard';
import { useId } from 'react';
import type { ReportPatch } from '../../../../../shared/model/changes';
import { type Session } from '../../../../../shared/model/session';
import { type ReportDocument } from '../../../../../shared/report/reportModel';
import { useCommitOnBlur } from '../../../common/useCommitOnBlur';
import type { ChangeFn } from '../useReportChange';

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
        : `A number from 0 to ${max.toLocaleString('en-GB')}.`;
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
  const r = session.report;
  const patch = (p: ReportPatch) => change([{ type: 'report.update', patch: p }]);
  const genderId = useId();
  const speaking = doc.sections.find((s) => s.id === 'speaking-time');
  return (
    <EditorCard id="participation" title="Participation and gender" doc={doc} copyId="participation">
      <div className="form-grid three">
        <NumberField
          label="Participants onsite"
          value={r.participantsOnsite}
          max={10_000_000}
          onCommit={(n) => patch({ participantsOnsite: n === null ? null : Math.round(n) })}
        />
        <NumberField
          label="Participants online"
          value={r.participantsOnline}
          max={10_000_000}
          onCommit={(n) => patch({ participantsOnline: n === null ? null : Math.round(n) })}
        />
        <NumberField
          label="Women and gender-diverse (%)"
          value={r.womenPercent}
          max={100}
          suffix="%"
          onCommit={(n) => patch({ womenPercent: n })}
        />
      </div>
      <div className="field">
        <label htmlFor={genderId}>Was gender addressed in the discussion?</label>
        <select
          id={genderId}
          value={r.genderAddressed === null ? '' : r.genderAddressed ? 'yes' : 'no'}
          onChange={(e) =>
            patch({ genderAddressed: e.target.value === '' ? null : e.target.value === 'yes' })
          }
        >
          <option value="">Not stated</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      </div>
      <MarkdownField
        label="How gender was addressed"
        value={r.genderHow}
        rows={3}
        onCommit={(genderHow) => patch({ genderHow })}
      />
      <h4>Speaking time (from the timer)</h4>
      {speaking?.blocks.some((b) => b.type === 'bars') ? (
        <p className="muted">Shown in the preview as tables with bars; the DOCX carries the same chart.</p>
      ) : (
        <p className="muted">No speaking turns were timed. Time turns on the timer to fill this in.</p>
      )}
    </EditorCard>
  );
}
