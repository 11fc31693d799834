import { z } from 'zod';

/** Errors cross the process boundary as plain `{code, message}`; the message is meant for the user. */
export const ERROR_CODES = [
  'invalid-request',
  'forbidden',
  'not-found',
  'damaged-file',
  'newer-version',
  'conflict',
  /** Another process is this workspace's writer; this one may read and export only. */
  'read-only',
  'write-failed',
  'cancelled',
  'internal',
] as const;
export const DeskErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export type DeskErrorCode = (typeof ERROR_CODES)[number];
export type DeskErrorShape = z.infer<typeof DeskErrorSchema>;

export class DeskError extends Error implements DeskErrorShape {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

export const isDeskError = (value: unknown): value is DeskError => value instanceof DeskError;

/** Names the first failing field of a zod error the way a user can find it: `statements[3].at`. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
  return path ? `${path}: ${issue.message}` : issue.message;
}
