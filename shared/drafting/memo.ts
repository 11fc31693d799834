/**
 * Remembers a pure function of text. Suggestions are drafted again after every statement, over every
 * statement of the session, and the cue patterns (dozens of regular expressions per sentence) gave
 * the same answers each time: a third of the time for one new statement. Bounded: past `limit`
 * texts the memory starts again, so a day of capture cannot grow it without end.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const memory = new Map<string, T>();
  return (text: string): T => {
    if (memory.has(text)) return memory.get(text)!;
    if (memory.size >= limit) memory.clear();
    const value = fn(text);
    memory.set(text, value);
    return value;
  };
}
