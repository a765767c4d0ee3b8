import { describe, expect, it } from 'vitest';
import { diagramSource } from '../build/diagram-source.ts';
import { diagramGraphs, type FlowGraph } from '../build/diagram-graph.ts';
import {
  diagramSources,
  flowDiagramKeys,
  flowMap,
  tokenLifecycleNodes,
  type DiagramKey,
  type FlowDiagramKey,
} from './flow-map.ts';
import { edgeKey, FlowTracer, type TraceEvent } from './flow-trace.ts';

// The diagrams as Mermaid itself parses them, the graphs the build lights (Chromium on a cold cache).
const keys = Object.keys(diagramSources) as DiagramKey[];
const parsed = await diagramGraphs(keys.map((key) => diagramSource(key)));
const graphs = Object.fromEntries(keys.map((key, index) => [key, parsed[index]!])) as Record<DiagramKey, FlowGraph>;

describe('flow map', () => {
  for (const diagram of flowDiagramKeys) {
    it(`names only nodes that exist in the ${diagram} flowchart (${diagramSources[diagram].file})`, () => {
      const missing = flowMap[diagram]
        .flatMap((rule) => rule.light)
        .filter((id) => !graphs[diagram].nodes.includes(id));
      expect(missing, `node ids missing from ${diagramSources[diagram].file}`).toEqual([]);
    });
  }

  it('names only states that exist in the token lifecycle diagram', () => {
    const missing = Object.values(tokenLifecycleNodes).filter((id) => !graphs['token-lifecycle'].nodes.includes(id));
    expect(missing).toEqual([]);
  });
});

const event = (type: string, fields: Record<string, unknown> = {}, callId = 1): TraceEvent => ({
  type,
  callId,
  ...fields,
});

/** Nodes lit on one diagram, in order, and whether every lit edge exists there. */
function walk(diagram: FlowDiagramKey, events: TraceEvent[]) {
  const tracer = new FlowTracer();
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const item of events) {
    for (const step of tracer.step(item)) {
      if (step.diagram !== diagram) continue;
      nodes.push(...step.nodes);
      edges.push(...step.edges);
    }
  }
  const known = new Set(graphs[diagram].edges.map((edge) => edgeKey(edge.from, edge.to)));
  return { nodes, edges, unknownEdges: edges.filter((edge) => !known.has(edge)) };
}

const get = (status: number, attempt = 1) => [event('send', { attempt }), event('response', { status })];

describe('paths the scenarios take', () => {
  it('a valid token and a 2xx walk the authentication flow to "return the response"', () => {
    const path = walk('authentication', [
      event('call'),
      event('check-token', { state: 'valid' }),
      ...get(200),
      event('success', { status: 200 }),
    ]);
    expect(path.nodes).toEqual(['start', 'hasAccess', 'expired', 'scope', 'forward', 'status', 'success']);
    expect(path.unknownEdges).toEqual([]);
  });

  it('an expired token is refreshed silently', () => {
    const path = walk('authentication', [
      event('call'),
      event('check-token', { state: 'expired' }),
      event('refresh', { reason: 'expired' }),
      event('token-request', { grant: 'refresh_token' }),
      event('token-response', { grant: 'refresh_token', status: 200 }),
      ...get(200),
      event('success', { status: 200 }),
    ]);
    expect(path.nodes).toEqual(
      expect.arrayContaining(['hasRefresh', 'refresh', 'refreshed', 'store', 'scope', 'forward', 'success']),
    );
    expect(path.edges).toContain('store->scope');
    expect(path.unknownEdges).toEqual([]);
  });

  it('a refused refresh leads to a new token', () => {
    const path = walk('authentication', [
      event('call'),
      event('check-token', { state: 'valid' }),
      ...get(401),
      event('refresh', { reason: 'unauthorized' }),
      event('token-request', { grant: 'refresh_token' }),
      event('token-response', { grant: 'refresh_token', status: 400 }),
      event('token-request', { grant: 'client_credentials' }),
    ]);
    expect(path.nodes).toContain('retry');
    expect(path.edges).toContain('refreshed->newToken');
    expect(path.unknownEdges).toEqual(['retry->hasRefresh']);
  });

  it('a 403 ends at INSUFFICIENT_SCOPE', () => {
    const path = walk('authentication', [event('call'), event('check-token', { state: 'valid' }), ...get(403)]);
    expect(path.nodes.at(-1)).toBe('scopeError');
    expect(path.unknownEdges).toEqual([]);
  });

  it('503, 500, 200 loops through the back-off twice', () => {
    const backoff = [event('wait', { reason: 'backoff' }), event('retry', { reason: 'server-error' })];
    const path = walk('error-retry', [
      event('call'),
      ...get(503, 1),
      ...backoff,
      ...get(500, 2),
      ...backoff,
      ...get(200, 3),
      event('success', { status: 200 }),
    ]);
    expect(path.nodes.filter((node) => node === 'send')).toHaveLength(3);
    expect(path.nodes.at(-1)).toBe('done');
    expect(path.unknownEdges).toEqual([]);
  });

  it('gives up at "max retries exceeded"', () => {
    class RedcoreAPIError extends Error {
      override name = 'RedcoreAPIError';
    }
    const path = walk('error-retry', [event('call'), ...get(503), event('give-up', { error: new RedcoreAPIError() })]);
    expect(path.edges).toContain('budget->exhausted');
    expect(path.unknownEdges).toEqual([]);
  });

  it('gives up at RateLimitError after the 429 cap, on both diagrams that show it', () => {
    class RateLimitError extends Error {
      override name = 'RateLimitError';
    }
    const events = [
      event('call'),
      event('rate-limit-check', { remaining: null }),
      ...get(429),
      event('give-up', { error: new RateLimitError() }),
    ];
    for (const diagram of ['error-retry', 'rate-limits'] as const) {
      const path = walk(diagram, events);
      expect(path.edges).toContain('rateBudget->rateError');
      expect(path.unknownEdges).toEqual([]);
    }
  });

  it('a 409 is a typed error without retry', () => {
    const path = walk('error-retry', [event('call'), ...get(409)]);
    expect(path.nodes.at(-1)).toBe('typedError');
    expect(path.unknownEdges).toEqual([]);
  });

  it('a 429 sleeps Retry-After and sends again, on both diagrams that show it', () => {
    const events = [
      event('call'),
      event('rate-limit-check', { remaining: null }),
      ...get(429),
      event('wait', { reason: 'retry-after' }),
      event('retry', { reason: 'rate-limited' }),
      ...get(200, 2),
      event('success', { status: 200 }),
    ];
    const rateLimits = walk('rate-limits', events);
    expect(rateLimits.nodes).toEqual([
      'prepare',
      'readRemaining',
      'exhausted',
      'send',
      'status',
      'rateBudget',
      'readRetryAfter',
      'sleepRetryAfter',
      'send',
      'status',
      'process',
    ]);
    expect(rateLimits.unknownEdges).toEqual([]);
    expect(walk('error-retry', events).unknownEdges).toEqual([]);
  });

  it('an exhausted window waits for the reset before sending', () => {
    const path = walk('rate-limits', [
      event('call'),
      event('rate-limit-check', { remaining: 0 }),
      event('wait', { reason: 'rate-limit-reset' }),
      event('send'),
    ]);
    expect(path.edges).toEqual([
      'prepare->readRemaining',
      'readRemaining->exhausted',
      'exhausted->readReset',
      'readReset->computeSleep',
      'computeSleep->wait',
      'wait->send',
    ]);
    expect(path.unknownEdges).toEqual([]);
  });

  it('keeps concurrent calls apart', () => {
    const tracer = new FlowTracer();
    tracer.step(event('call', {}, 1));
    tracer.step(event('call', {}, 2));
    const [, second] = [tracer.step(event('send', {}, 1)), tracer.step(event('send', {}, 2))];
    expect(second.find((step) => step.diagram === 'error-retry')?.edges).toEqual(['start->send']);
  });
});
