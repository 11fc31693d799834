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

type ChangeFn = (changes: Change[]) => void;

const nameOf = (person: Person, index: number): string => person.name.trim() || `person ${index + 1}`;

/** The participants: a compact table, each row opening an edit form; add, remove, reorder. */
export function PeopleEditor({ session, change }: { session: Session; change: ChangeFn }) {
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
    const also = spoke
      ? ` ${spoke} statement${spoke === 1 ? ' is' : 's are'} attributed to them; the statements are kept.`
      : '';
    if (!window.confirm(`Remove ${nameOf(person, index)} from this session?${also}`)) return;
    change([{ type: 'person.delete', id: person.id }]);
    if (open === person.id) setOpen(null);
  };

  return (
    <section className="card setup-section" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {people.length === 0 ? (
        <p className="muted">No people yet. Add the organizers, speakers, moderators and rapporteur.</p>
      ) : (
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">Name</th>
              <th scope="col">Roles</th>
              <th scope="col">Affiliation · stakeholder group · region</th>
              <th scope="col">Presence</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person, index) => {
              const name = nameOf(person, index);
              const expanded = open === person.id;
              return [
                <tr key={person.id} className={expanded ? 'expanded' : undefined}>
                  <td className="num">{index + 1}</td>
                  <td className="person-name">
                    {person.name || <span className="muted">(no name)</span>}
                    {person.audience && <span className="muted"> (audience)</span>}
                  </td>
                  <td>
                    {person.roles.map((r) => codeLabel('role', r)).join(', ') || (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="person-details">
                    {[
                      person.affiliation,
                      labelOrEmpty('stakeholder', person.stakeholder),
                      labelOrEmpty('region', person.region),
                    ]
                      .filter(Boolean)
                      .join(' · ') || <span className="muted">—</span>}
                  </td>
                  <td>
                    {person.presence ? (
                      codeLabel('presence', person.presence)
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
                      aria-label={`${expanded ? 'Close' : 'Edit'} ${name}`}
                      onClick={() => setOpen(expanded ? null : person.id)}
                    >
                      {expanded ? 'Close' : 'Edit'}
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
        <label htmlFor="new-person-name">New person</label>
        <input
          id="new-person-name"
          value={newName}
          placeholder="Full name"
          autoComplete="off"
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" disabled={!newName.trim()}>
          Add person
        </button>
      </form>
    </section>
  );
}

function PersonForm({ person, index, change }: { person: Person; index: number; change: ChangeFn }) {
  const n = index + 1;
  const put = (patch: Partial<Person>) =>
    change([{ type: 'person.put', person: { ...draftOf(person), ...patch } }]);
  const toggleRole = (role: Role) =>
    put({
      roles: person.roles.includes(role)
        ? person.roles.filter((r) => r !== role)
        : ROLES.filter((r) => r === role || person.roles.includes(r)),
    });
  const of = <span className="visually-hidden"> of person {n}</span>;

  return (
    <div
      id={`person-form-${person.id}`}
      className="person-form"
      role="group"
      aria-label={`Details of person ${n}: ${person.name || 'no name'}`}
    >
      <div className="form-grid three">
        <TextField
          label={<>Name{of}</>}
          value={person.name}
          validate={(v) => (v.trim() ? null : 'A person needs a name.')}
          onCommit={(v) => put({ name: v.trim() })}
        />
        <TextField
          className="span-2"
          label={<>Affiliation{of}</>}
          value={person.affiliation ?? ''}
          onCommit={(v) => put({ affiliation: v.trim() || null })}
        />
        <CategoryField
          label={<>Stakeholder group{of}</>}
          otherLabel={`Other stakeholder group of person ${n}`}
          options={STAKEHOLDER_GROUPS}
          optionLabel={(v) => codeLabel('stakeholder', v)}
          toCode={stakeholderCode}
          value={person.stakeholder}
          onCommit={(v) => put({ stakeholder: v })}
        />
        <CategoryField
          label={<>Regional group{of}</>}
          otherLabel={`Other regional group of person ${n}`}
          options={REGIONAL_GROUPS}
          optionLabel={(v) => codeLabel('region', v)}
          toCode={regionCode}
          value={person.region}
          onCommit={(v) => put({ region: v })}
        />
        <div className="field">
          <label htmlFor={`person-presence-${person.id}`}>Presence{of}</label>
          <select
            id={`person-presence-${person.id}`}
            value={person.presence ?? ''}
            onChange={(e) => put({ presence: (e.target.value || null) as Person['presence'] })}
          >
            <option value="">Not given</option>
            {PRESENCES.map((p) => (
              <option key={p} value={p}>
                {codeLabel('presence', p)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`person-gender-${person.id}`}>
            Gender{of} <span className="optional">(optional)</span>
          </label>
          <select
            id={`person-gender-${person.id}`}
            value={person.gender ?? ''}
            onChange={(e) => put({ gender: (e.target.value || null) as Person['gender'] })}
          >
            <option value="">Not given</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {codeLabel('gender', g)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="checks span-2">
          <legend>
            Roles<span className="visually-hidden"> of person {n}</span>
          </legend>
          {ROLES.map((role) => (
            <label key={role} className="check">
              <input
                type="checkbox"
                checked={person.roles.includes(role)}
                onChange={() => toggleRole(role)}
              />
              {codeLabel('role', role)}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
