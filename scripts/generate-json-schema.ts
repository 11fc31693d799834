import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { SessionSchema } from '../shared/model/session';

/** Writes docs/session.schema.json from the zod schema, so the documented format cannot drift. */
export function sessionJsonSchema(): unknown {
  return {
    $id: 'https://sessiondesk.invalid/session.schema.json',
    title: 'Session Desk session file',
    ...z.toJSONSchema(SessionSchema, { io: 'input', unrepresentable: 'any' }),
  };
}

if (process.argv[1]?.endsWith('generate-json-schema.ts')) {
  writeFileSync('docs/session.schema.json', JSON.stringify(sessionJsonSchema(), null, 2) + '\n');
  console.log('Wrote docs/session.schema.json');
}
