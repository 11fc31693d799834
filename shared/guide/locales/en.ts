import type { GuideText } from '../guide';

/** English, the source: every other language has its sections, items and placeholders. */
export const en: GuideText = {
  title: 'Session Desk user guide',
  intro:
    'Session Desk is the desk for one session of a multistakeholder forum: the rapporteur captures what is said, the moderator runs the clock and the stage screen, the organizer gets the report. It works without a network; every session is one file in the workspace folder.',
  sections: {
    before: {
      heading: 'Before the session',
      items: [
        "{menu:file>newFromPage} ({key:Ctrl+Shift+N}): paste the session's page from the forum's website. Title, format, speakers, moderators and policy questions are filled in; anything the page did not have is listed.",
        'Check the {tab:session} tab ({key:Ctrl+Shift+4}): people, their roles and the agenda.',
        'Connect the stage display and choose it in {menu:window>stageDisplay}. {menu:window>stageOnTop} keeps other windows from covering it.',
      ],
    },
    during: {
      heading: 'During the session',
      items: [
        '{tab:capture} ({key:Ctrl+Shift+1}): type what is said and press {key:Enter}. {key:Ctrl+1 … Ctrl+9} pick the speaker, {key:Alt+1 … Alt+9} tag a policy question. {key:F1} shows every key.',
        "{tab:timer} ({key:Ctrl+Shift+2}): {key:Space} starts or pauses the turn, {key:N} gives the floor to the next in the queue, {key:E} ends the turn. {menu:window>stage} ({key:Ctrl+Shift+P}) opens and closes the stage; it shows the speaker and the time left, and under the clock who is next in the queue, the time left in the current agenda segment and to the session's end, and the time of day in the session's time zone. {key:B} blacks it out, {key:M} writes a message to it; a new message flashes three times.",
        "Taking notes and keeping time alone? The {tab:capture} tab shows a timer strip while someone has the floor or waits: the speaker, the time left in the stage's colour, and who is next.",
        'While a turn runs or the stage screen is open, the display does not go to sleep.',
      ],
    },
    after: {
      heading: 'After the session',
      items: [
        "{tab:report} ({key:Ctrl+Shift+3}): edit the sections beside a live preview, then {menu:file>exportReport} ({key:Ctrl+E}) for a Word document; the {tab:report} tab's buttons also save it as Markdown or as the session file.",
        "{menu:file>exportBrief} ({key:Ctrl+Shift+E}): the organizer's brief, of the sessions ticked in the session list (every session when none is ticked), or of the session that is open.",
      ],
    },
    files: {
      heading: 'Files',
      items: [
        "Each session is a {code:.session.json} file in the workspace ({menu:file>openWorkspaceFolder}). A file opens whatever its name; one from elsewhere (a colleague's, an export) is copied into the workspace or opened where it is, as you choose ({menu:file>openSessionFile}, {menu:file>importSessionJson}, or a double-click).",
        "In the session list, a session can be renamed, archived (kept, out of the list until you show the archive) or moved to the system's trash, with {ui:sessions:list.undo} right after (the button, {key:Ctrl+Z} or {menu:edit>undo}).",
        'Every save is kept as a version for a while: {ui:sessions:view.versions} in a session restores one.',
        'Only one copy of the app runs at a time; opening a file again brings the running window forward.',
      ],
    },
    cli: {
      heading: 'Without a window',
      items: [
        'The {code:session-desk} command does the same exports in scripts: {code:session-desk export ws260.session.json --docx report.docx}. Run it without arguments for the list of commands.',
      ],
    },
  },
};
