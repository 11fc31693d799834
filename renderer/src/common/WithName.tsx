/**
 * A translated phrase that names someone ("Fatima (online)", "Fatima (Government)"), with the name
 * isolated in a `<bdi>` and the words around it left in the line's direction. Isolating the whole phrase
 * instead would let an Arabic name turn it right to left, and "(online)" would jump in front of the
 * name in an English line. The phrase is the translation with the name put in (i18next does not escape
 * it), so the name is found in it as it was given.
 */
export function WithName({ text, name }: { text: string; name: string }) {
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return <bdi>{text}</bdi>;
  return (
    <>
      {text.slice(0, at)}
      <bdi>{name}</bdi>
      {text.slice(at + name.length)}
    </>
  );
}
