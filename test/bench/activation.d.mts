/** p50, p95 (nearest rank) and max, in milliseconds, over `runs` counted runs. */
export interface Stats {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

export interface ActivationResult {
  /** VS Code's activation time of the extension (as "Show Running Extensions" shows it): load code + call activate. */
  activation: Stats;
  /** Bytes of the production bundles; `webview` is its script and stylesheet together. */
  bundles: { extension: number; server: number; cli: number; webview: number };
  /** The parts: VS Code's load code and call activate, and the extension's own stamps. */
  parts: {
    loadCode: Stats;
    callActivate: Stats;
    bundleEvaluate: Stats;
    bundleEvaluateCpu: Stats;
    activateCall: Stats;
    activateCallCpu: Stats;
  };
}

/**
 * Activation time of the extension in a real VS Code and the sizes of the production bundles.
 * `warmup` windows (default 1) are not counted; `dist` measures bundles built before instead of
 * building the working tree's.
 */
export function benchActivation(options: { runs: number; warmup?: number; dist?: string }): Promise<ActivationResult>;
