import { z } from 'zod';
import type { TFunction } from 'i18next';
import { PRODUCT_NAME, translator } from './i18n/index';
import type { desktopEn } from './i18n/locales/desktop/en';

/**
 * Errors cross the process boundary as plain `{code, message}`; the message is meant for the user.
 * An error raised with a catalog key (`errors.*`) carries its key and parameters too: the main process
 * words the message in the language of the screens, the command line in the system's, and a window can
 * word it again in its own (`errorText`).
 */
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

type Errors = (typeof desktopEn)['errors'];
export type ErrorKey = Exclude<keyof Errors, 'reason'>;
/** Why a file could not be written or read, as the catalog words it (`errors.reason.*`). */
export type ReasonKey = keyof Errors['reason'];
const Plain = z.union([z.string().max(4096), z.number()]);
/** A parameter is a value shown as it is, or a reason, worded in the message's language. */
const ParamSchema = z.union([
  Plain,
  z.object({ reason: z.string().max(40), params: z.record(z.string(), Plain).optional() }),
]);
export const ErrorParamsSchema = z.record(z.string(), ParamSchema);
export type ErrorParams = z.infer<typeof ErrorParamsSchema>;

export const DeskErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  key: z.string().max(40).optional(),
  params: ErrorParamsSchema.optional(),
});
export type DeskErrorCode = (typeof ERROR_CODES)[number];
export type DeskErrorShape = z.infer<typeof DeskErrorSchema>;

/** A keyed error's text in the language of `t`; the product's name is never translated. */
export function errorText(t: TFunction, key: string, params: ErrorParams = {}): string {
  const filled: Record<string, string | number> = { app: PRODUCT_NAME };
  for (const [name, value] of Object.entries(params))
    filled[name] =
      typeof value === 'object'
        ? (t as (k: string, p?: object) => string)(`errors.reason.${value.reason}`, value.params)
        : value;
  return (t as (k: string, p: object) => string)(`errors.${key}`, filled);
}

/** A reason from a Node error code: the catalog's words when it has them, else the system's code. */
export function reasonOf(code: string | undefined): ErrorParams[string] {
  const known = translator('en').t as (k: string) => string;
  return code && known(`errors.reason.${code}`) !== `errors.reason.${code}`
    ? { reason: code }
    : { reason: 'system', params: { code: code ?? 'error' } };
}

export class DeskError extends Error implements DeskErrorShape {
  readonly key?: ErrorKey;
  readonly params?: ErrorParams;
  constructor(
    readonly code: DeskErrorCode,
    message: string | { key: ErrorKey; params?: ErrorParams },
  ) {
    // The English text is the message logs, tests and older windows read.
    super(typeof message === 'string' ? message : errorText(translator('en').t, message.key, message.params));
    this.name = 'DeskError';
    if (typeof message !== 'string') {
      this.key = message.key;
      this.params = message.params ?? {};
    }
  }

  /** The message in the language of `t`: reworded when the error has a key, else as it was raised. */
  wordedIn(t: TFunction): string {
    return this.key ? errorText(t, this.key, this.params) : this.message;
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
