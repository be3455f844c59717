/**
 * Whose time an action spends: the add-on's JavaScript (the bundle, loaded as Code.js, and its menu part, which
 * it evaluates from a string) or the in-memory spreadsheet's (local/spreadsheet and HyperFormula, everything
 * else that has a file). V8's sampling profiler is asked through node:inspector, in this thread, so each
 * sample's function says whose it is; a built-in (no script) counts for whoever called it, and the garbage
 * collector and the engine's own time ("(program)") apart.
 */
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';

export interface TimeSplit {
  /** Wall-clock milliseconds of the whole run (the profiler on). */
  wallMs: number;
  /** The bundle's own JavaScript (self time of its functions and the built-ins they call): what Apps Script runs. */
  addonMs: number;
  /** The in-memory spreadsheet: its classes, HyperFormula's recalculation. */
  sheetMs: number;
  /** Garbage collection and whatever no frame owns. */
  otherMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; scriptId: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

type Owner = 'addon' | 'sheet' | 'other';

let session: Session | null = null;

function post<T>(method: string, params?: object): T {
  let result: T | undefined;
  let error: Error | null = null;
  // An in-thread session answers synchronously.
  session!.post(method, params ?? {}, (err, res) => {
    error = err;
    result = res as T;
  });
  if (error) throw error;
  return result as T;
}

/** The owner of each node: its own script's, or (a built-in) its caller's. */
function owners(profile: Profile, isAddon: (url: string) => boolean): Map<number, Owner> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<number, Owner>();
  const visit = (id: number, inherited: Owner) => {
    const node = byId.get(id)!;
    const { url, scriptId } = node.callFrame;
    let owner = inherited;
    if (scriptId !== '0' && isAddon(url)) owner = 'addon';
    else if (url !== '') owner = 'sheet';
    out.set(id, owner);
    for (const c of node.children ?? []) visit(c, owner);
  };
  visit(profile.nodes[0].id, 'other');
  return out;
}

/**
 * Runs `fn` under the sampling profiler and splits its wall time by the samples' shares (the sampler does not
 * keep its interval under load, so the samples' own times do not add up to the wall time). `isAddon` tells the
 * bundle's scripts by URL: the vm's filename (Code.js) and the menu part's sourceURL (Menus.js).
 */
export function profileSplit(
  fn: () => void,
  isAddon = (url: string) => url === 'Code.js' || url === 'Menus.js',
): TimeSplit {
  if (!session) {
    session = new Session();
    session.connect();
  }
  post('Profiler.enable');
  post('Profiler.setSamplingInterval', { interval: 200 });
  post('Profiler.start');
  const t0 = performance.now();
  let wallMs = 0;
  let profile: Profile;
  try {
    fn();
  } finally {
    wallMs = performance.now() - t0;
    profile = post<{ profile: Profile }>('Profiler.stop').profile;
    post('Profiler.disable');
  }
  const owner = owners(profile, isAddon);
  const ms: Record<Owner, number> = { addon: 0, sheet: 0, other: 0 };
  profile.samples.forEach((id, k) => {
    ms[owner.get(id) ?? 'other'] += profile.timeDeltas[k] ?? 0;
  });
  const total = ms.addon + ms.sheet + ms.other || 1;
  const share = (x: number) => (wallMs * x) / total;
  return { wallMs, addonMs: share(ms.addon), sheetMs: share(ms.sheet), otherMs: share(ms.other) };
}
