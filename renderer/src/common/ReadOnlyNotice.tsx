/**
 * The one way a screen says that another running copy of the app writes a folder (the workspace, or
 * one a session was opened from), so this copy only reads it: the main process's words, which name the
 * folder, the other copy and what to do. The session list shows it per folder, an open session for its own.
 */
export function ReadOnlyNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="notice read-only">
      {message}
    </p>
  );
}
