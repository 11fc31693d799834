import { useState, type FormEvent } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { newId } from '../../../../shared/model/factory';
import {
  GENDERS,
  ordered,
  PRESENCES,
  REGIONAL_GROUPS,
  ROLES,
  STAKEHOLDER_GROUPS,
  type Person,
  type Role,
  type Session,
} from '../../../../shared/model/session';
import { codeLabel, labelOrEmpty } from '../../../../shared/i18n/codeLabels';
import { regionCode, stakeholderCode } from '../../../../shared/model/codes';
import { CategoryField, TextField } from './fields';
import { draftOf, moved, nextOrder } from './records';
import { RowActions } from './RowActions';
import { useLanguage, useT, type TFor } from '../../i18n';

type ChangeFn = (changes: Change[]) => void;

const nameOf = (person: Person, index: number, t: TFor<'setup'>): string =>
  person.name.trim() || t('people.personN', { n: index + 1 });

/** The participants: a compact table, each row opening an edit form; add, remove, reorder. */
export function PeopleEditor({ session, change }: { session: Session; change: ChangeFn }) {
  const { t } = useT('setup');
  const tr = useLanguage();
  const people = ordered(session.people);
  const [open, setOpen] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) return;
    const id = newId();
    change([
      {
        type: 'person.put',
        // Unset details take the model's defaults.
        person: { id, name, order: nextOrder(session.people) },
      },
    ]);
    setNewName('');
    setOpen(id);
  };

  const move = (id: string, delta: -1 | 1) =>
    change(moved(people, id, delta).map((p) => ({ type: 'person.put', person: draftOf(p) })));

  const remove = (person: Person, index: number) => {
    const spoke = session.statements.filter((s) => s.deletedAt === null && s.speakerId === person.id).length;
    const question = t('people.confirmRemove', { name: nameOf(person, index, t) });
    const also = spoke ? t('people.confirmSpoke', { count: spoke }) : '';
    if (!window.confirm(also ? `${question} ${also}` : question)) return;
    change([{ type: 'person.delete', id: person.id }]);
    if (open === person.id) setOpen(null);
  };

  return (
    <section className="card setup-section" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('people.heading')}</h2>
      {people.length === 0 ? (
        <p className="muted">{t('people.none')}</p>
      ) : (
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('people.number')}
              </th>
              <th scope="col">{t('people.name')}</th>
              <th scope="col">{t('people.roles')}</th>
              <th scope="col">{t('people.details')}</th>
              <th scope="col">{t('people.presence')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('people.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person, index) => {
              const name = nameOf(person, index, t);
              const expanded = open === person.id;
              return [
                <tr key={person.id} className={expanded ? 'expanded' : undefined}>
                  <td className="num">{index + 1}</td>
                  <td className="person-name" dir="auto">
                    {person.name || <span className="muted">{t('people.noName')}</span>}
                    {person.audience && <span className="muted"> {t('people.audience')}</span>}
                  </td>
                  <td>
                    {person.roles.map((r) => codeLabel('role', r, tr)).join(tr.t('common.listSeparator')) || (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="person-details" dir="auto">
                    {[
                      person.affiliation,
                      labelOrEmpty('stakeholder', person.stakeholder, tr),
                      labelOrEmpty('region', person.region, tr),
                    ]
                      .filter(Boolean)
                      .join(' · ') || <span className="muted">—</span>}
                  </td>
                  <td>
                    {person.presence ? (
                      codeLabel('presence', person.presence, tr)
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="secondary small"
                      aria-expanded={expanded}
                      aria-controls={`person-form-${person.id}`}
                      aria-label={t(expanded ? 'people.closeLabel' : 'people.editLabel', { name })}
                      onClick={() => setOpen(expanded ? null : person.id)}
                    >
                      {t(expanded ? 'people.close' : 'people.edit')}
                    </button>
                    <RowActions
                      name={name}
                      isFirst={index === 0}
                      isLast={index === people.length - 1}
                      onMove={(step) => move(person.id, step)}
                      onRemove={() => remove(person, index)}
                    />
                  </td>
                </tr>,
                expanded && (
                  <tr key={`${person.id}-form`} className="person-form-row">
                    <td colSpan={6}>
                      <PersonForm person={person} index={index} change={change} />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      )}
      <form className="add-row" onSubmit={add}>
        <label htmlFor="new-person-name">{t('people.newPerson')}</label>
        <input
          id="new-person-name"
          value={newName}
          dir="auto"
          placeholder={t('people.fullName')}
          autoComplete="off"
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" disabled={!newName.trim()}>
          {t('people.add')}
        </button>
      </form>
    </section>
  );
}

function PersonForm({ person, index, change }: { person: Person; index: number; change: ChangeFn }) {
  const { t } = useT('setup');
  const tr = useLanguage();
  const n = index + 1;
  const put = (patch: Partial<Person>) =>
    change([{ type: 'person.put', person: { ...draftOf(person), ...patch } }]);
  const toggleRole = (role: Role) =>
    put({
      roles: person.roles.includes(role)
        ? person.roles.filter((r) => r !== role)
        : ROLES.filter((r) => r === role || person.roles.includes(r)),
    });
  const of = <span className="visually-hidden">{t('people.ofPerson', { n })}</span>;

  return (
    <div
      id={`person-form-${person.id}`}
      className="person-form"
      role="group"
      aria-label={t('people.form', { n, name: person.name || t('people.formNoName') })}
    >
      <div className="form-grid three">
        <TextField
          label={
            <>
              {t('people.name')}
              {of}
            </>
          }
          value={person.name}
          validate={(v) => (v.trim() ? null : t('people.needsName'))}
          onCommit={(v) => put({ name: v.trim() })}
        />
        <TextField
          className="span-2"
          label={
            <>
              {t('people.affiliation')}
              {of}
            </>
          }
          value={person.affiliation ?? ''}
          onCommit={(v) => put({ affiliation: v.trim() || null })}
        />
        <CategoryField
          label={
            <>
              {t('people.stakeholder')}
              {of}
            </>
          }
          otherLabel={t('people.otherStakeholder', { n })}
          options={STAKEHOLDER_GROUPS}
          optionLabel={(v) => codeLabel('stakeholder', v, tr)}
          toCode={stakeholderCode}
          value={person.stakeholder}
          onCommit={(v) => put({ stakeholder: v })}
        />
        <CategoryField
          label={
            <>
              {t('people.region')}
              {of}
            </>
          }
          otherLabel={t('people.otherRegion', { n })}
          options={REGIONAL_GROUPS}
          optionLabel={(v) => codeLabel('region', v, tr)}
          toCode={regionCode}
          value={person.region}
          onCommit={(v) => put({ region: v })}
        />
        <div className="field">
          <label htmlFor={`person-presence-${person.id}`}>
            {t('people.presence')}
            {of}
          </label>
          <select
            id={`person-presence-${person.id}`}
            value={person.presence ?? ''}
            onChange={(e) => put({ presence: (e.target.value || null) as Person['presence'] })}
          >
            <option value="">{t('notGiven')}</option>
            {PRESENCES.map((p) => (
              <option key={p} value={p}>
                {codeLabel('presence', p, tr)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`person-gender-${person.id}`}>
            {t('people.gender')}
            {of} <span className="optional">{t('people.optional')}</span>
          </label>
          <select
            id={`person-gender-${person.id}`}
            value={person.gender ?? ''}
            onChange={(e) => put({ gender: (e.target.value || null) as Person['gender'] })}
          >
            <option value="">{t('notGiven')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {codeLabel('gender', g, tr)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="checks span-2">
          <legend>
            {t('people.roles')}
            {of}
          </legend>
          {ROLES.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={person.roles.includes(role)}
                onChange={() => toggleRole(role)}
              />
              {codeLabel('role', role, tr)}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
