/**
 * Which diagram nodes each client event lights, as data. Node ids are the ones
 * in the Mermaid fences of the flowchart pages (and the token lifecycle of
 * /architecture/system/); flow-map.test.ts fails when one of them no longer
 * exists there, so renaming a node breaks a test instead of the console.
 *
 * Rules are tried in order and the first match wins, so specific statuses
 * (401, 403, 429) come before the general `4xx`.
 */

export type FlowDiagramKey = 'authentication' | 'error-retry' | 'rate-limits';
export type DiagramKey = FlowDiagramKey | 'token-lifecycle';

/** `4xx` and `5xx` match any status of the class; the others match exactly. */
export type StatusClass = '2xx' | '401' | '403' | '429' | '4xx' | '5xx';

export interface FlowRule {
  /** A client event `type` (client events.ts). */
  on: string;
  /** Every listed condition must hold; each lists the values it accepts. */
  if?: {
    state?: readonly string[];
    grant?: readonly string[];
    reason?: readonly string[];
    status?: readonly StatusClass[];
    /** Class name of the error a `give-up` event carries. */
    errorName?: readonly string[];
  };
  /** Nodes lit in this order; two consecutive nodes also light the edge between them. */
  light: readonly string[];
}

export const flowMap: Readonly<Record<FlowDiagramKey, readonly FlowRule[]>> = {
  authentication: [
    { on: 'call', light: ['start'] },
    { on: 'check-token', if: { state: ['missing'] }, light: ['hasAccess'] },
    { on: 'check-token', light: ['hasAccess', 'expired'] },
    { on: 'refresh', light: ['hasRefresh', 'refresh'] },
    { on: 'token-request', if: { grant: ['client_credentials'] }, light: ['newToken'] },
    { on: 'token-response', if: { grant: ['refresh_token'], status: ['2xx'] }, light: ['refreshed', 'store'] },
    { on: 'token-response', if: { grant: ['refresh_token'] }, light: ['refreshed', 'newToken'] },
    { on: 'response', if: { status: ['2xx'] }, light: ['scope', 'forward', 'status'] },
    { on: 'response', if: { status: ['403'] }, light: ['scope', 'scopeError'] },
    { on: 'response', if: { status: ['401', '429', '5xx'] }, light: ['scope', 'forward', 'status', 'retry'] },
    { on: 'response', light: ['scope', 'forward', 'status', 'clientError'] },
    { on: 'success', light: ['success'] },
  ],
  'error-retry': [
    { on: 'call', light: ['start'] },
    { on: 'send', light: ['send'] },
    { on: 'response', if: { status: ['2xx'] }, light: ['status'] },
    { on: 'response', if: { status: ['401'] }, light: ['status', 'refreshedBefore'] },
    { on: 'response', if: { status: ['429'] }, light: ['status', 'rateBudget'] },
    { on: 'response', if: { status: ['5xx'] }, light: ['status', 'budget'] },
    { on: 'response', light: ['status', 'typedError'] },
    { on: 'refresh', if: { reason: ['unauthorized'] }, light: ['refresh'] },
    { on: 'wait', if: { reason: ['retry-after'] }, light: ['readRetryAfter', 'sleepRetryAfter'] },
    { on: 'wait', if: { reason: ['backoff'] }, light: ['backOff'] },
    { on: 'retry', if: { reason: ['server-error'] }, light: ['countRetry'] },
    { on: 'retry', if: { reason: ['rate-limited'] }, light: ['countWait'] },
    { on: 'success', light: ['done'] },
    { on: 'give-up', if: { errorName: ['RedcoreAPIError'] }, light: ['exhausted'] },
    { on: 'give-up', if: { errorName: ['AuthenticationError'] }, light: ['authError'] },
    { on: 'give-up', if: { errorName: ['RateLimitError'] }, light: ['rateError'] },
  ],
  'rate-limits': [
    { on: 'call', light: ['prepare'] },
    { on: 'rate-limit-check', light: ['readRemaining', 'exhausted'] },
    { on: 'wait', if: { reason: ['rate-limit-reset'] }, light: ['readReset', 'computeSleep', 'wait'] },
    { on: 'send', light: ['send'] },
    { on: 'response', if: { status: ['429'] }, light: ['status', 'rateBudget'] },
    { on: 'response', if: { status: ['2xx'] }, light: ['status', 'process'] },
    { on: 'response', light: ['status', 'handOff'] },
    { on: 'wait', if: { reason: ['retry-after'] }, light: ['readRetryAfter', 'sleepRetryAfter'] },
    { on: 'give-up', if: { errorName: ['RateLimitError'] }, light: ['rateError'] },
  ],
};

/** The token lifecycle states the state panel lights, by their node id in the state diagram. */
export const tokenLifecycleNodes = {
  Issued: 'Issued',
  Active: 'Active',
  Expired: 'Expired',
  Revoked: 'Revoked',
  Invalid: 'Invalid',
} as const;

export type TokenLifecycleState = keyof typeof tokenLifecycleNodes;

/** Where each diagram's Mermaid lives: the fence of a docs page, so the console and the docs never drift. */
export const diagramSources: Readonly<
  Record<DiagramKey, { file: string; kind: 'flowchart' | 'stateDiagram'; title: string; href: string }>
> = {
  authentication: {
    file: 'src/content/docs/flowcharts/authentication.md',
    kind: 'flowchart',
    title: 'Authentication and token flow',
    href: '/flowcharts/authentication/',
  },
  'error-retry': {
    file: 'src/content/docs/flowcharts/error-retry.md',
    kind: 'flowchart',
    title: 'Error handling and retry',
    href: '/flowcharts/error-retry/',
  },
  'rate-limits': {
    file: 'src/content/docs/flowcharts/rate-limits.md',
    kind: 'flowchart',
    title: 'Rate-limit handling',
    href: '/flowcharts/rate-limits/',
  },
  'token-lifecycle': {
    file: 'src/content/docs/architecture/system.md',
    kind: 'stateDiagram',
    title: 'OAuth 2.0 token lifecycle',
    href: '/architecture/system/',
  },
};

export const flowDiagramKeys = Object.keys(flowMap) as FlowDiagramKey[];
