/**
 * Commands the application menu hands to the window that has the focus. The main process runs the
 * menu's own commands (open a file, choose the stage display, the theme, about); these are the ones
 * only the page can do, because they act on what it shows. Kept free of zod for the preload's sake.
 */
export const WINDOW_COMMANDS = [
  'newSession',
  'newFromPage',
  'openSession',
  'showSessions',
  'exportReport',
  'exportBrief',
  'mergeCopy',
  'revealInFolder',
  'undo',
  'redo',
  'find',
  'showCapture',
  'showTimer',
  'showReport',
  'showSetup',
  'toggleStage',
  'stageBlackout',
  'stageMessage',
  'showShortcuts',
] as const;
export type WindowCommand = (typeof WINDOW_COMMANDS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
