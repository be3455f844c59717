/**
 * Issue 17's acceptance: every output stays as it was. The bench's flow (a workbook set up, its team grown to 50
 * managers, then every menu action in a user's order, the month's facts typed after Create month) runs on the
 * built bundle; after each action every tab's evaluated values, formulas and meaningful formats (number format,
 * note, validation, merge, protection per cell) are compared with test/fixtures/outputs-snapshot.json.gz, taken
 * again once issue 16's last layout and wording changes were in (the Plan YYYY week tables transposed, label
 * lines, the Week tab's spacer column); from there on, issue 17's work must leave every value as it is.
 *
 * The snapshot keeps the three parts apart, hashed per tab. Formulas may change for a good reason (one TODAY()
 * helper per tab) while the values stay: `UPDATE_SNAPSHOT=formulas` stores the current formulas, and only when
 * every value and format still matches. Values are never regenerated; `UPDATE_SNAPSHOT=create` writes a new
 * snapshot only where none exists (delete the file on purpose first).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundleCode } from '../../local/addon';
import { runTeam } from '../../local/bench/actions';
import {
  expandFormats,
  hashOf,
  PART_NAMES,
  type PartName,
  type TabParts,
  workbookParts,
} from '../../local/bench/outputs';
import { columnLetter } from '../../local/spreadsheet/a1';

jest.setTimeout(300000);

const FILE = path.join(__dirname, '../fixtures/outputs-snapshot.json.gz');
const FLOW = { managers: 50, locale: 'en_US', today: '2026-11-20', month: '2026-11' };
const MAX_LINES = 8;

type Hashes = Record<PartName, string>;
interface Stored {
  flow: typeof FLOW;
  source: string;
  steps: { action: string; tabs: [string, Hashes][] }[];
  blobs: Record<string, unknown>;
}

interface Current {
  steps: { action: string; tabs: { name: string; parts: TabParts }[] }[];
}

function runFlow(): Current {
  const steps: Current['steps'] = [];
  runTeam(FLOW.managers, {
    code: bundleCode(),
    locale: FLOW.locale,
    today: FLOW.today,
    month: FLOW.month,
    afterAction: (action, addon) => steps.push({ action, tabs: workbookParts(addon.ss) }),
  });
  return { steps };
}

function store(current: Current, source: string): Stored {
  const blobs: Stored['blobs'] = {};
  const steps = current.steps.map((s) => ({
    action: s.action,
    tabs: s.tabs.map((t): [string, Hashes] => {
      const hashes = {} as Hashes;
      for (const part of PART_NAMES) {
        const h = hashOf(t.parts[part]);
        blobs[h] = t.parts[part];
        hashes[part] = h;
      }
      return [t.name, hashes];
    }),
  }));
  return { flow: FLOW, source, steps, blobs };
}

const show = (v: unknown) => (v === undefined ? '(nothing)' : JSON.stringify(v));

/** Cell by cell differences of two row-by-row grids, as "C12: 5 → 6". */
function gridDiff(want: unknown[][], got: unknown[][]): string[] {
  const out: string[] = [];
  const rows = Math.max(want.length, got.length);
  for (let r = 0; r < rows; r++) {
    const a = want[r] ?? [];
    const b = got[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      const x = a[c] ?? '';
      const y = b[c] ?? '';
      if (JSON.stringify(x) !== JSON.stringify(y))
        out.push(`${columnLetter(c + 1)}${r + 1}: ${show(x)} → ${show(y)}`);
    }
  }
  return out;
}

function formatsDiff(want: TabParts['formats'], got: TabParts['formats']): string[] {
  const out: string[] = [];
  const a = expandFormats(want.cells);
  const b = expandFormats(got.cells);
  // Cells with the same change make one line (a help text changed on 200 validated cells).
  const changes = new Map<string, string[]>();
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(k) === b.get(k)) continue;
    const change = `${a.get(k) ?? '(none)'} → ${b.get(k) ?? '(none)'}`;
    changes.set(change, (changes.get(change) ?? []).concat(k));
  }
  for (const [change, cells] of changes) {
    const where =
      cells.length > 4 ? `${cells.slice(0, 4).join(', ')} … (${cells.length} cells)` : cells.join(', ');
    out.push(`${where}: ${change}`);
  }
  if (JSON.stringify(want.merges) !== JSON.stringify(got.merges))
    out.push(`merges: ${show(want.merges)} → ${show(got.merges)}`);
  const lost = want.protection.filter((p) => !got.protection.includes(p));
  const gained = got.protection.filter((p) => !want.protection.includes(p));
  if (lost.length || gained.length) out.push(`protection: lost ${show(lost)}, gained ${show(gained)}`);
  return out;
}

function partDiff(part: PartName, want: unknown, got: unknown): string[] {
  if (part === 'formats') return formatsDiff(want as TabParts['formats'], got as TabParts['formats']);
  return gridDiff(want as unknown[][], got as unknown[][]);
}

/** Readable differences of the current run against the stored snapshot, for the parts asked. */
function compare(stored: Stored, current: Current, parts: PartName[]): string[] {
  const out: string[] = [];
  const actions = (s: { action: string }[]) => s.map((x) => x.action).join(', ');
  if (actions(stored.steps) !== actions(current.steps))
    return [`actions: ${actions(stored.steps)} → ${actions(current.steps)}`];
  stored.steps.forEach((step, i) => {
    const now = current.steps[i];
    const names = (xs: string[]) => xs.join(' | ');
    const want = step.tabs.map(([n]) => n);
    const got = now.tabs.map((t) => t.name);
    if (names(want) !== names(got)) out.push(`after ${step.action}: tabs ${names(want)} → ${names(got)}`);
    for (const [name, hashes] of step.tabs) {
      const tab = now.tabs.find((t) => t.name === name);
      if (!tab) continue;
      for (const part of parts) {
        if (hashOf(tab.parts[part]) === hashes[part]) continue;
        const diff = partDiff(part, stored.blobs[hashes[part]], tab.parts[part]);
        const shown = diff.slice(0, MAX_LINES);
        if (diff.length > MAX_LINES) shown.push(`… ${diff.length - MAX_LINES} more`);
        out.push(`after ${step.action}, ${name}, ${part}:\n    ${shown.join('\n    ')}`);
      }
    }
  });
  return out;
}

function readStored(): Stored {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(FILE)).toString('utf8')) as Stored;
}

function write(s: Stored): void {
  // Blobs no step names any more (old formulas) are dropped.
  const used = new Set(s.steps.flatMap((st) => st.tabs.flatMap(([, h]) => Object.values(h))));
  const blobs = Object.fromEntries(Object.entries(s.blobs).filter(([h]) => used.has(h)));
  fs.writeFileSync(FILE, zlib.gzipSync(JSON.stringify({ ...s, blobs }), { level: 9 }));
}

describe('outputs of a 50-manager workbook after every menu action', () => {
  const mode = process.env.UPDATE_SNAPSHOT;

  test('match the stored snapshot (values, formulas, formats of every tab)', () => {
    const current = runFlow();
    if (mode === 'create') {
      if (fs.existsSync(FILE)) throw new Error(`${FILE} exists: values are never regenerated`);
      write(store(current, process.env.SNAPSHOT_SOURCE ?? 'unknown'));
      return;
    }
    const stored = readStored();
    expect(stored.flow).toEqual(FLOW);
    if (mode === 'formulas') {
      expect(compare(stored, current, ['values', 'formats'])).toEqual([]);
      const fresh = store(current, stored.source);
      write({
        ...stored,
        steps: stored.steps.map((st, i) => ({
          action: st.action,
          tabs: st.tabs.map(([n, h], k): [string, Hashes] => [
            n,
            { ...h, formulas: fresh.steps[i].tabs[k][1].formulas },
          ]),
        })),
        blobs: { ...stored.blobs, ...fresh.blobs },
      });
      return;
    }
    if (mode) throw new Error(`UPDATE_SNAPSHOT takes "formulas" (or "create" where no snapshot exists)`);
    expect(compare(stored, current, PART_NAMES)).toEqual([]);
  });
});
