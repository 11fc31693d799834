/**
 * A translated phrase that names someone ("Fatima (online)", "Fatima (Government)"), with the name
 * isolated in a `<bdi>` and the words around it left in the line's direction. Isolating the whole phrase
 * instead would let an Arabic name turn it right to left, and "(online)" would jump in front of the
 * name in an English line. The phrase is the translation with the name put in (i18next does not escape
 * it), so the name is found in it as it was given.
 */
export function WithName({ text, name, spans = false }: { text: string; name: string; spans?: boolean }) {
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return <bdi>{text}</bdi>;
  // `spans`: the words around the name in elements of their own, for a flex line that styles each part.
  const words = (part: string) => (part && spans ? <span>{part}</span> : part);
  return (
    <>
      {words(text.slice(0, at))}
      <bdi>{name}</bdi>
      {words(text.slice(at + name.length))}
    </>
  );
}
