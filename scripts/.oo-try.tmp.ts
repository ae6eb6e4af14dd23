// prints findings for each stdin line
import { readFileSync } from 'node:fs';
import { analyze } from '/work/wt/outrecall/lib/engine/index.ts';
const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
for (const l of lines) {
  const ds = analyze(l, undefined);
  const f = ds.map((d) => `${d.ruleId}«${l.slice(d.start, d.end)}»`).join(' ');
  console.log(`${f ? 'HIT ' : '--- '}${l}${f ? '\n      ' + f : ''}`);
}
