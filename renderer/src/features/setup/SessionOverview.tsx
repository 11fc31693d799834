import { ordered, ROLE_LABELS, type Session } from '../../../../shared/model/session';

/** What the session holds: facts, people with their roles, and the policy questions. */
export function SessionOverview({ session }: { session: Session }) {
  const { facts } = session;
  const people = ordered(session.people);
  const questions = ordered(session.questions);
  const rows: Array<[string, string]> = [
    ['Title', facts.title || '—'],
    ['Code', facts.code ?? '—'],
    ['Themes', facts.themes.join('; ') || '—'],
    ['Format', facts.format ?? '—'],
    ['Planned duration', facts.durationMinutes ? `${facts.durationMinutes} min` : '—'],
  ];
  return (
    <section className="overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading">Session</h2>
      <table className="facts">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>People</h3>
      {people.length === 0 ? (
        <p className="muted">No people yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Roles</th>
              <th scope="col">Affiliation</th>
              <th scope="col">Stakeholder group</th>
              <th scope="col">Region</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{p.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                <td>{p.affiliation ?? ''}</td>
                <td>{p.stakeholder ?? ''}</td>
                <td>{p.region ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Policy questions</h3>
      {questions.length === 0 ? (
        <p className="muted">No policy questions yet.</p>
      ) : (
        <ol>
          {questions.map((q) => (
            <li key={q.id}>{q.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
