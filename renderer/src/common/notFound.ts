const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  code: 'session code',
  year: 'year',
  themes: 'themes',
  organizers: 'organizers',
  speakers: 'speakers',
  onsiteModerator: 'onsite moderator',
  onlineModerator: 'online moderator',
  rapporteur: 'rapporteur',
  format: 'format',
  durationMinutes: 'duration',
  policyQuestions: 'policy questions',
  fullTitle: 'full title',
  date: 'date',
  startTime: 'start time',
  endTime: 'end time',
  timeZone: 'time zone',
  room: 'room',
  hybrid: 'hybrid format',
  additionalSpeakers: 'additional speakers',
};

/** A field's name in words ('onsite moderator'). */
export const fieldName = (field: string): string => FIELD_NAMES[field] ?? field;

/** The fields a page import could not find, as a sentence fragment. */
export const describeNotFound = (fields: readonly string[]): string =>
  fields.map((field) => FIELD_NAMES[field] ?? field).join(', ');
