import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sessionJsonSchema } from '../../scripts/generate-json-schema';

describe('docs/session.schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after a model change)', () => {
    const committed = JSON.parse(readFileSync('docs/session.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(sessionJsonSchema())));
  });
});
