import { translator } from '../../../../shared/i18n';
import { type ReportBlock, type ReportDocument } from '../../../../shared/report/reportModel';
import { useT } from '../../i18n';
import { StatementText } from '../../common/StatementText';
import './report.css';

/** One block of the document, in the document's language (`report.language`), not the screen's. */
export function Block({ block, report }: { block: ReportBlock; report: ReportDocument }) {
  const { t } = useT('report');
  const doc = translator(report.language);
  switch (block.type) {
    case 'paragraph':
      return <StatementText markdown={block.markdown} />;
    case 'note':
      return <p className="muted">{block.text}</p>;
    case 'facts':
      return (
        <table className="facts">
          <tbody>
            {block.rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'bars':
      return (
        <table className="bars">
          <thead>
            <tr>
              {block.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('chart')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.label}>
                <td>{row.label}</td>
                <td>{row.value}</td>
                <td className="share">{doc.format.percent(row.share)}</td>
                <td className="bar-cell" aria-hidden="true">
                  <span className="bar-track">
                    <span className="bar" style={{ width: `${Math.round(row.share * 100)}%` }} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="report-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <StatementText markdown={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'statement':
      return (
        <div className="report-statement">
          <p className="statement-meta">
            <strong>{block.speaker ?? report.labels.unattributed}</strong>
            {block.speakerDetail && <span className="muted"> ({block.speakerDetail})</span>}
            {block.offset && <span className="muted"> · {block.offset}</span>}
          </p>
          <StatementText markdown={block.markdown} />
        </div>
      );
  }
}

/** The document as it will look in Word: same sections, same order, same text. */
export function DocumentPreview({ report }: { report: ReportDocument }) {
  return (
    <article className="page" aria-label={report.kicker}>
      <p className="doc-kicker">{report.kicker}</p>
      <h1 className="doc-title">{report.title || translator(report.language).t('common.untitled')}</h1>
      {report.subtitle && <p className="doc-subtitle">{report.subtitle}</p>}
      {report.cover.length > 0 && (
        <p className="doc-cover">
          {report.cover.map(([label, value]) => (
            <span key={label}>
              <strong>{label}:</strong> {value}
            </span>
          ))}
        </p>
      )}
      {report.sections.map((section) => {
        const Heading = section.level === 1 ? 'h2' : section.level === 2 ? 'h3' : 'h4';
        return (
          <section key={section.id} aria-label={section.heading} className={`doc-level-${section.level}`}>
            <Heading>
              {section.heading}
              {section.drafted && (
                <span className="doc-badge">{translator(report.language).t('report.drafted')}</span>
              )}
            </Heading>
            {section.blocks.map((block, i) => (
              <Block key={i} block={block} report={report} />
            ))}
          </section>
        );
      })}
    </article>
  );
}
