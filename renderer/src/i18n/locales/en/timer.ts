/** English texts of the timer screen (the clock, the floor, the queue, the turns, the settings). */
export const timer = {
  settings: {
    summary: 'Timer settings: warning at {{warning}} s, danger at {{danger}} s',
  },
};
