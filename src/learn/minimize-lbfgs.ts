import { strongWolfeLineSearch } from './strong-wolfe-line-search.js';

/** A smooth objective: returns f(x) and writes ∇f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Stopping rules of {@link minimizeLbfgs}. */
export interface LbfgsOptions {
  /** Iteration cap (default 100, as scikit-learn's max_iter). */
  readonly maxIterations?: number;
  /** Stop when max |∇f| ≤ tol (default 1e-4). */
  readonly tol?: number;
  /** Stop when (f_prev − f) / max(|f_prev|, |f|, 1) ≤ ftol (default 2.22e-9, scipy L-BFGS-B's); 0 disables. */
  readonly ftol?: number;
  /** Correction pairs kept (default 10, scipy's maxcor). */
  readonly memory?: number;
}

/** Where the minimizer stopped and why. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  /** Whether a tolerance was met (false: the iteration cap, or a line search that found no decrease). */
  readonly converged: boolean;
  readonly reason: 'gradient' | 'value' | 'max_iterations' | 'line_search';
}

/**
 * Limited-memory BFGS (Nocedal & Wright, algorithm 7.5): the two-loop recursion turns the last m
 * step/gradient-change pairs into a quasi-Newton direction at O(m·n) cost, scaled by γ = sᵀy / yᵀy, and
 * a strong-Wolfe line search picks the step. Deterministic: same input, same iterates. Starts from x0
 * (not modified).
 */
export function minimizeLbfgs(
  objective: Objective,
  x0: Float64Array,
  options: LbfgsOptions = {},
): LbfgsResult {
  const maxIterations = options.maxIterations ?? 100;
  const tol = options.tol ?? 1e-4;
  const ftol = options.ftol ?? 2.220446049250313e-9;
  const m = options.memory ?? 10;
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let f = objective(x, g);
  const s = Array.from({ length: m }, () => new Float64Array(n));
  const y = Array.from({ length: m }, () => new Float64Array(n));
  const rho = new Float64Array(m);
  const alphas = new Float64Array(m);
  const d = new Float64Array(n);
  let trial = new Float64Array(n);
  let trialGradient = new Float64Array(n);
  let stored = 0;
  let newest = -1;
  if (maxAbs(g) <= tol) return { x, value: f, iterations: 0, converged: true, reason: 'gradient' };
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    // Two-loop recursion: d = −H·g.
    for (let i = 0; i < n; i++) d[i] = -g[i]!;
    for (let j = 0; j < stored; j++) {
      const k = (newest - j + m) % m;
      const a = rho[k]! * dot(s[k]!, d);
      alphas[k] = a;
      axpy(-a, y[k]!, d);
    }
    if (stored > 0) {
      const gamma = dot(s[newest]!, y[newest]!) / dot(y[newest]!, y[newest]!);
      for (let i = 0; i < n; i++) d[i]! *= gamma;
    }
    for (let j = stored - 1; j >= 0; j--) {
      const k = (newest - j + m) % m;
      const b = rho[k]! * dot(y[k]!, d);
      axpy(alphas[k]! - b, s[k]!, d);
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): forget the curvature pairs, go downhill.
      stored = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i]!;
      slope = dot(g, d);
    }
    const initialStep = stored === 0 ? Math.min(1, 1 / Math.sqrt(dot(g, g))) : 1;
    let evaluatedAt = Number.NaN;
    let trialValue = Number.NaN;
    const at = (alpha: number) => {
      for (let i = 0; i < n; i++) trial[i] = x[i]! + alpha * d[i]!;
      trialValue = objective(trial, trialGradient);
      evaluatedAt = alpha;
      return { value: trialValue, slope: dot(trialGradient, d) };
    };
    const step = strongWolfeLineSearch(at, f, slope, initialStep);
    if (step === 0) return { x, value: f, iterations: iteration, converged: false, reason: 'line_search' };
    if (evaluatedAt !== step) at(step);
    // Accept: the step and gradient change become the newest correction pair.
    const next = (newest + 1) % m;
    const sNext = s[next]!;
    const yNext = y[next]!;
    for (let i = 0; i < n; i++) {
      sNext[i] = trial[i]! - x[i]!;
      yNext[i] = trialGradient[i]! - g[i]!;
    }
    const sy = dot(sNext, yNext);
    if (sy > 1e-10 * dot(yNext, yNext)) {
      rho[next] = 1 / sy;
      newest = next;
      stored = Math.min(stored + 1, m);
    } else if (stored === m) {
      stored = m - 1; // the rejected pair overwrote the oldest slot
    }
    const previous = f;
    [x, trial] = [trial, x];
    [g, trialGradient] = [trialGradient, g];
    f = trialValue;
    if (maxAbs(g) <= tol) return { x, value: f, iterations: iteration, converged: true, reason: 'gradient' };
    if ((previous - f) / Math.max(Math.abs(previous), Math.abs(f), 1) <= ftol) {
      return { x, value: f, iterations: iteration, converged: true, reason: 'value' };
    }
  }
  return { x, value: f, iterations: maxIterations, converged: false, reason: 'max_iterations' };
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function axpy(a: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i]! += a * x[i]!;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]!));
  return max;
}
