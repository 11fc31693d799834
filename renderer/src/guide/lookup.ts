import type { i18n } from 'i18next';
import type { LabelLookup } from '../../../shared/guide/guide';

/** The guide's labels from a window's i18next: the key comes from the guide's text, so it is untyped. */
export function guideLookup(instance: i18n): LabelLookup {
  const t = instance.t as unknown as (key: string, options?: { ns?: string }) => string;
  return (key, ns) => t(key, ns ? { ns } : undefined);
}
