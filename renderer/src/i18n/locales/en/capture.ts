/** English texts of the capture screen (the box, the list, the filters, the help). */
export const capture = {
  help: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    intro:
      'The capture box keeps the focus: after every shortcut you can go on typing. What you type is kept as a draft until you press Enter, even if the app closes.',
    questions: 'Policy questions',
  },
};
