/**
 * Turns the client's event stream into the steps lit on each flowchart. Calls
 * can run concurrently (a burst), so the "previous node" that an edge starts
 * from is tracked per call.
 */
import { flowMap, type FlowDiagramKey, type FlowRule, type StatusClass } from './flow-map.ts';

/** The fields of a client event (client events.ts) the flow map reads. */
export interface TraceEvent {
  type: string;
  callId: number;
  state?: unknown;
  grant?: unknown;
  reason?: unknown;
  status?: unknown;
  error?: unknown;
}

export interface FlowStep {
  diagram: FlowDiagramKey;
  callId: number;
  nodes: string[];
  /** `from->to` for each pair of consecutive nodes, the previous step's last node included. */
  edges: string[];
}

export const edgeKey = (from: string, to: string) => `${from}->${to}`;

function statusMatches(status: unknown, classes: readonly StatusClass[]): boolean {
  if (typeof status !== 'number') return false;
  return classes.some((statusClass) =>
    statusClass.endsWith('xx') ? Math.floor(status / 100) === Number(statusClass[0]) : status === Number(statusClass),
  );
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

const oneOf = (value: unknown, accepted: readonly string[] | undefined) =>
  accepted === undefined || (typeof value === 'string' && accepted.includes(value));

export function ruleMatches(rule: FlowRule, event: TraceEvent): boolean {
  if (rule.on !== event.type) return false;
  const conditions = rule.if;
  if (!conditions) return true;
  return (
    oneOf(event.state, conditions.state) &&
    oneOf(event.grant, conditions.grant) &&
    oneOf(event.reason, conditions.reason) &&
    (conditions.status === undefined || statusMatches(event.status, conditions.status)) &&
    oneOf(errorName(event.error), conditions.errorName)
  );
}

export class FlowTracer {
  readonly #last = new Map<string, string>();
  readonly #map: Readonly<Record<FlowDiagramKey, readonly FlowRule[]>>;

  constructor(map = flowMap) {
    this.#map = map;
  }

  step(event: TraceEvent): FlowStep[] {
    const steps: FlowStep[] = [];
    for (const diagram of Object.keys(this.#map) as FlowDiagramKey[]) {
      const rule = this.#map[diagram].find((candidate) => ruleMatches(candidate, event));
      if (!rule) continue;
      const key = `${diagram}:${event.callId}`;
      const nodes = [...rule.light];
      const chain = [...(this.#last.has(key) && event.type !== 'call' ? [this.#last.get(key)!] : []), ...nodes];
      const edges: string[] = [];
      for (let index = 1; index < chain.length; index++) {
        if (chain[index - 1] !== chain[index]) edges.push(edgeKey(chain[index - 1]!, chain[index]!));
      }
      this.#last.set(key, nodes.at(-1)!);
      steps.push({ diagram, callId: event.callId, nodes, edges });
    }
    return steps;
  }

  reset(): void {
    this.#last.clear();
  }
}
