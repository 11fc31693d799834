import { watch } from 'node:fs';

/**
 * Tells `onChange` the names of files that appear or change in `dir` (the operating system's own
 * notifications: inotify, FSEvents, ReadDirectoryChangesW), so a sync tool's conflict copy is seen as
 * it arrives. The name may be null where the system does not give one. Never keeps the app running;
 * a folder that cannot be watched (removed, on a file system without notifications) is simply not.
 * Returns the function that stops watching.
 */
export function watchFolder(dir: string, onChange: (name: string | null) => void): () => void {
  try {
    const watcher = watch(dir, { persistent: false }, (_event, name) => onChange(name ? String(name) : null));
    watcher.on('error', () => watcher.close());
    return () => watcher.close();
  } catch {
    return () => undefined;
  }
}
