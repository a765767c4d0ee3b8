/** What the lazily loaded runtime tells the page, and what the page asks of it. */
import type { RateLimitInfo } from '../../../client/index.ts';
import type { CredentialKey } from './credentials.ts';
import type { FlowDiagramKey } from './flow-map.ts';
import type { FlowStep } from './flow-trace.ts';
import type { Exchange } from './recording-fetch.ts';
import type { ScenarioId } from './scenario-list.ts';
import type { TimelineEntry, TimelineModel } from './timeline-model.ts';
import type { TokenFacts } from './token-state.ts';

export interface RunInfo {
  kind: 'scenario' | 'request';
  title: string;
  /** The flowchart to show, or null to keep the one the reader picked. */
  diagram: FlowDiagramKey | null;
  /** How many times faster than real waits are played (1 = real time). */
  compression: number;
}

export interface RunResult {
  /** The flow went as documented (a scenario) or the call succeeded (a request). */
  ok: boolean;
  message: string;
  summary: ReturnType<TimelineModel['summary']>;
}

export interface TokenReport {
  /** Which client holds the token, e.g. `sandbox_app_full`. */
  clientId: string;
  facts: TokenFacts;
  /** A pair was just issued or refreshed (the lifecycle passes through Issued). */
  issued: boolean;
}

export interface ConsoleView {
  runStarted(info: RunInfo): void;
  entry(entry: TimelineEntry): void;
  flowStep(step: FlowStep): void;
  token(report: TokenReport): void;
  rateLimit(info: RateLimitInfo | null): void;
  /** The sandbox's clock offset from real time changed. */
  clock(offsetMs: number): void;
  runFinished(result: RunResult): void;
}

export interface SendRequest {
  credentials: CredentialKey;
  method: string;
  /** Path with its parameters filled in. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  idempotencyKey: string | null;
}

export interface SendResult {
  run: RunResult;
  /** The last response from /v1 (after any retries), or null if none arrived. */
  exchange: Exchange | null;
  attempts: number;
  error: { name: string; message: string } | null;
  /** Real milliseconds the call took on this page, waits included. */
  durationMs: number;
}

export interface ConsoleRuntime {
  virtualNow(): number;
  runScenario(id: ScenarioId): Promise<RunResult>;
  send(request: SendRequest): Promise<SendResult>;
  advanceClock(seconds: number): Promise<number>;
  reset(): Promise<void>;
}
