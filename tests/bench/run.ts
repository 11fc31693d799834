import { benchCaptureWrite } from './captureWrite';

/** Prints every figure the issues ask for, beside its target. Reports; never fails the build. */
interface Row {
  figure: string;
  value: string;
  target: string;
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const [n, target] of [
    [300, 10],
    [5000, 25],
  ] as const) {
    const r = await benchCaptureWrite(n);
    rows.push({ figure: `statement add → durable, ${n} statements (p50)`, value: ms(r.p50), target: '' });
    rows.push({
      figure: `statement add → durable, ${n} statements (p95)`,
      value: ms(r.p95),
      target: `≤ ${target} ms`,
    });
  }
  const width = Math.max(...rows.map((r) => r.figure.length));
  console.log(`${'figure'.padEnd(width)}  ${'value'.padStart(12)}  target`);
  for (const r of rows) console.log(`${r.figure.padEnd(width)}  ${r.value.padStart(12)}  ${r.target}`);
}

await main();
