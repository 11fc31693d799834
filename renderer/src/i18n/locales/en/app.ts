/**
 * English texts of the app's frame: the tabs, the language choice, banners and fallbacks shared by
 * every screen. The source every other language is typed against (renderer/src/i18n/index.ts).
 */
export const app = {
  name: 'Session Desk',
  tabs: {
    label: 'Session views',
    capture: 'Capture',
    timer: 'Timer',
    report: 'Report',
    session: 'Setup',
  },
  language: {
    label: 'Language',
    system: 'Follow the system ({{language}})',
    pseudo: 'Pseudo-locale (finds untranslated text)',
  },
  banner: {
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
  fallback: {
    tab: 'The {{name}} view could not be shown. Your session is safe: nothing was lost and saving goes on.',
    statement: 'Could not render this statement; its text is shown as typed.',
  },
  preferences: {
    readFailed: 'Your preferences could not be read: {{message}}',
    saveFailed: 'Your preferences were not saved: {{message}}',
  },
  field: {
    incomplete: 'This is not complete. Finish it or clear the field.',
  },
  somethingWrong: 'Something went wrong.',
};
