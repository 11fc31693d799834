/**
 * How translations are written and how they reach i18next. A catalog is a nested object of strings;
 * a count-dependent text is a `Plural` with one entry per plural category of the language
 * (`Intl.PluralRules`: English one/other, Russian one/few/many/other, Arabic all six, Chinese other).
 * Every language is typed as `Catalog<typeof en>`, so a missing or misspelt key fails the type check,
 * and a test checks that every Plural has exactly its language's categories.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type Plural = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

export type Catalog<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? Plural : Catalog<T[K]>;
};

/** The i18next resource a catalog becomes: a plural `turns` turns into `turns_one`, `turns_other`… */
export type Resource<T> = {
  [
    K in keyof T as T[K] extends { other: string } ? `${K & string}_${PluralCategory}` : K
  ]: T[K] extends string ? string : T[K] extends { other: string } ? string : Resource<T[K]>;
};

export const isPlural = (node: unknown): node is Plural =>
  typeof node === 'object' && node !== null && typeof (node as { other?: unknown }).other === 'string';

export function toResource<T>(catalog: Catalog<T>): Resource<T> {
  const walk = (node: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') out[key] = value;
      else if (isPlural(value))
        for (const [category, text] of Object.entries(value)) out[`${key}_${category}`] = text;
      else out[key] = walk(value as Record<string, unknown>);
    }
    return out;
  };
  return walk(catalog as Record<string, unknown>) as Resource<T>;
}

/** Every leaf of a catalog with its dotted path; plurals as one leaf each. */
export function leaves(catalog: object, prefix = ''): Array<[path: string, value: string | Plural]> {
  const out: Array<[string, string | Plural]> = [];
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isPlural(value)) out.push([path, value]);
    else out.push(...leaves(value as object, path));
  }
  return out;
}
