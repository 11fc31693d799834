/**
 * Another copy of the app, in a process of its own, whose workspace is the folder given as the first
 * argument: it lists the folder as the app does at start, which makes it the folder's one writer (its
 * lock), prints `held <pid>` and keeps the folder until its standard input closes; then it lets go as
 * the app does when it quits. The second argument is its own machine-state folder.
 */
import { Workspace } from '../../electron/store/workspace';

const [dir, stateDir] = process.argv.slice(2);
if (!dir || !stateDir) {
  process.stderr.write('usage: holdFolder.ts <folder> <state dir>\n');
  process.exit(2);
}
const workspace = new Workspace(dir, undefined, { stateDir });
const { readOnly } = await workspace.list();
if (readOnly) {
  process.stderr.write(`${readOnly}\n`);
  process.exit(3);
}
process.stdout.write(`held ${process.pid}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void workspace.release().then(() => process.exit(0));
});
