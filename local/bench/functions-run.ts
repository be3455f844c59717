/**
 * The custom-function part of the bench: the bundle's size and cold start, the vectorized functions inside
 * node:vm and outside it, and the service calls per execution; with a baseline bundle (--base), the same for
 * it in the same run, interleaved, and the ratios new ÷ baseline.
 */
import { type CallCount, countFunctionCalls } from './function-calls';
import {
  type BundleFigures,
  measureBundles,
  measureVectorizedMany,
  type VectorizedFigure,
} from './functions';
import { round } from './timing';

export interface FunctionsConfig {
  code: string;
  /** A bundle to compare with (e.g. a build of an earlier commit), measured in the same run. */
  baseCode?: string;
  /** Where the baseline came from (a path), for the report. */
  baseLabel?: string;
  rows: number;
  runs: number;
  coldSamples: number;
  perRowSamples: number;
  log?: (line: string) => void;
}

export interface FunctionFigures {
  bundle: BundleFigures;
  /** One call over `rows` rows inside a node:vm context, as Apps Script loads the file. */
  vectorized: Record<string, VectorizedFigure>;
  /** The same outside the vm (the bench's own realm): built-ins are plain globals, as in Apps Script's V8. */
  vectorizedOutsideVm: Record<string, VectorizedFigure>;
  /** Service calls per execution, by case (each case a fresh execution). */
  functionCalls: Record<string, CallCount>;
}

export interface Baseline extends FunctionFigures {
  label: string;
  /** This bundle ÷ the baseline: below 1 is faster. */
  ratios: {
    coldStart: number;
    vectorized: Record<string, number>;
    vectorizedOutsideVm: Record<string, number>;
  };
}

const ratioOf = (a: Record<string, VectorizedFigure>, b: Record<string, VectorizedFigure>) =>
  Object.fromEntries(Object.keys(a).map((f) => [f, a[f].ms / b[f].ms]));

/** The figures of the bundle and, when given, of the baseline (first the bundle, then the baseline). */
export function measureFunctions(
  c: FunctionsConfig,
  notes: string[],
): { figures: FunctionFigures; baseline?: Baseline } {
  const log = c.log ?? (() => undefined);
  const codes = c.baseCode === undefined ? [c.code] : [c.code, c.baseCode];
  log(`bundle: ${c.coldSamples} cold starts${codes.length > 1 ? ' of each bundle, interleaved' : ''}`);
  const bundles = measureBundles(codes, c.coldSamples);
  const options = {
    rows: c.rows,
    runs: c.runs,
    coldStartMs: bundles[0].coldStartMs,
    coldStarts: bundles.map((b) => b.coldStartMs),
    perRowSamples: c.perRowSamples,
  };
  log(`vectorized functions on ${c.rows} rows, inside node:vm`);
  const inVm = measureVectorizedMany(codes, { ...options, where: 'vm' });
  log(`vectorized functions on ${c.rows} rows, outside the vm`);
  const outside = measureVectorizedMany(codes, { ...options, where: 'outside' });
  const calls = codes.map((code) => countFunctionCalls(code));
  notes.push(
    `naive = rows × (cold start ${round(bundles[0].coldStartMs)} ms, median of ${c.coldSamples} real cold starts, ` +
      `+ one single-row call, mean of ${Math.min(c.perRowSamples, c.rows)}): an estimate, not ${c.rows} cold starts run`,
    'vectorized: inside a fresh node:vm context as Apps Script loads the file (built-ins looked up through the ' +
      "context's interceptor); vectorizedOutsideVm: the same file run in the bench's own realm (plain globals)",
  );
  for (const [label, count] of Object.entries(calls[0]))
    if (count.unexpected) notes.push(`function calls "${label}": ${count.unexpected}`);
  const figures = (k: number): FunctionFigures => ({
    bundle: bundles[k],
    vectorized: inVm[k],
    vectorizedOutsideVm: outside[k],
    functionCalls: calls[k],
  });
  if (codes.length === 1) return { figures: figures(0) };
  return {
    figures: figures(0),
    baseline: {
      ...figures(1),
      label: c.baseLabel ?? 'baseline',
      ratios: {
        coldStart: bundles[0].coldStartMs / bundles[1].coldStartMs,
        vectorized: ratioOf(inVm[0], inVm[1]),
        vectorizedOutsideVm: ratioOf(outside[0], outside[1]),
      },
    },
  };
}
