/**
 * The source designs (../shared/seeds/, extracted to seed-graphs.json) and every
 * place where a page's diagram or facts differ from them, with the reason. One
 * list, two uses: the fidelity test (scripts/fidelity/) fails when a page drops
 * a seed node or edge that is not listed here, and each page's "Design history"
 * section (`{{design-history}}`, lib/markdown/remark-design-history.ts) prints the
 * deviations of that page, so what readers see and what the test enforces agree.
 */

export interface Deviation {
  /** Short name of the change, shown in bold. */
  title: string;
  /** Seed node ids the page no longer draws as they were. */
  nodes?: string[];
  /** Seed edges, as `FROM --> TO`, the page no longer draws. */
  edges?: string[];
  /** What the source design said. */
  original: string;
  /** What the platform does instead, and why. */
  reason: string;
}

export interface SourceDesign {
  /** Key in seed-graphs.json: `<seed>-<diagram number>`. */
  seed: string;
  /** Docs slug of the page, e.g. `architecture/system`. */
  page: string;
  /** Which ```mermaid blocks of the page (1-based) draw it; several when the page splits it. */
  diagrams: number[];
  /** Seed id → page id for nodes kept with the same meaning under a new id. */
  renamed?: Record<string, string>;
  deviations?: Deviation[];
}

export const sourceDesigns: SourceDesign[] = [
  {
    seed: '000-1',
    page: 'architecture/system',
    diagrams: [1],
    renamed: {
      WebApp: 'web',
      MobileApp: 'mobile',
      GW: 'gateway',
      AuthSvc: 'auth',
      WorkerQ: 'worker',
      PG: 'postgres',
      S3: 'objects',
    },
  },
  {
    seed: '000-2',
    page: 'architecture/system',
    diagrams: [2],
  },
  {
    seed: '000-3',
    page: 'architecture/system',
    diagrams: [3],
    deviations: [
      {
        title: 'Retry count',
        original:
          'The error-recovery sequence gave up when attempt 3 failed: two retries. The retry table of the business-process flows, written for the same SDK, allowed up to three retries (1 s → 2 s → 4 s).',
        reason:
          'The two source designs contradict each other. The platform keeps three retries, {{policy.retrySchedule}}, as set in the policy the sandbox and the SDK share; the sequence draws the third retry.',
      },
    ],
  },
  {
    seed: '000-4',
    page: 'architecture/system',
    diagrams: [4],
  },
  {
    seed: '000-5',
    page: 'architecture/system',
    diagrams: [5],
    renamed: {
      LB1: 'lbA',
      LB2: 'lbB',
      API1: 'node1',
      API2: 'node2',
      API3: 'node3',
      API4: 'node4',
      PG_Primary: 'pgPrimary',
      PG_Replica: 'pgReplica',
      GW_GLB: 'globalLb',
      S3_Bucket: 'objectStore',
    },
  },
  {
    seed: '000-6',
    page: 'architecture/system',
    diagrams: [6],
    renamed: {
      A: 'create',
      B: 'gateway',
      C: 'validate',
      D: 'duplicate',
      E: 'write',
      F: 'enqueue',
      G: 'created',
      H: 'render',
      I: 'send',
      ERR: 'conflict',
    },
    deviations: [
      {
        title: 'When the user gets pending_invite',
        nodes: ['J'],
        original:
          'The user-creation data flow set `user.status` to `pending_invite` as its last step, after the invitation email was sent. The onboarding workflow set it when the user record was created.',
        reason:
          'The two source designs contradict each other. `POST /v1/users` answers `201` with `status: pending_invite`, before any email is sent, so the status is set with the record; the last step now says the status stays `pending_invite` until the user signs up.',
      },
    ],
  },
  {
    seed: '001-1',
    page: 'flowcharts/authentication',
    diagrams: [1],
    renamed: {
      A: 'start',
      B: 'hasAccess',
      LOGIN: 'newToken',
      C: 'expired',
      D: 'scope',
      E: 'hasRefresh',
      F: 'refresh',
      G: 'refreshed',
      H: 'store',
      SCOPE_ERR: 'scopeError',
      API: 'forward',
      I: 'status',
      SUCCESS: 'success',
      CLIENT_ERR: 'clientError',
      RETRY: 'retry',
    },
    deviations: [
      {
        title: '401 and 429 after the call',
        edges: ['I --> RETRY'],
        original:
          'Every 4xx raised a client error and only a 5xx entered the retry loop, while the error-retry flow of the same document retried a 429 and refreshed once on a 401.',
        reason:
          'The two flows contradicted each other. A 401 and a 429 now enter the retry loop with the 5xx, where the error and retry flow handles them; the other 4xx still raise.',
      },
    ],
  },
  {
    seed: '001-2',
    page: 'flowcharts/error-retry',
    diagrams: [1],
    renamed: {
      A: 'start',
      B: 'send',
      C: 'status',
      SUCCESS: 'done',
      NON_RETRY: 'typedError',
      RATE: 'readRetryAfter',
      WAIT_RATE: 'sleepRetryAfter',
      INCR: 'countRetry',
      CHECK: 'budget',
      EXHAUST: 'exhausted',
      BACKOFF: 'backOff',
    },
    deviations: [
      {
        title: 'The 429 path',
        edges: ['C --> RATE', 'WAIT_RATE --> INCR'],
        original:
          'A 429 slept for `Retry-After` and then counted as an attempt of the 5xx budget, which it never checked, so a client that kept getting 429 looped for ever.',
        reason:
          'A 429 now has its own cap: at most {{policy.maxRateLimitRetries}} waits in a row, then `RateLimitError`. It no longer uses the 5xx budget, so rate limiting cannot use up the retries a server error needs.',
      },
      {
        title: '401',
        edges: ['C --> NON_RETRY'],
        original:
          'Every 4xx raised without a retry, while the retry table of the same document retried a 401 once after a token refresh.',
        reason:
          'The flow now draws what the table says: a 401 earns one silent refresh and one replay; the other 4xx raise.',
      },
      {
        title: 'Back-off steps',
        original:
          'The back-off slept `2^attempt` seconds, which gives 2 s → 4 s → 8 s, while the retry table said 1 s → 2 s → 4 s.',
        reason: "The platform uses the table's schedule, {{policy.retrySchedule}}, from the shared policy.",
      },
    ],
  },
  {
    seed: '001-3',
    page: 'flowcharts/user-onboarding',
    diagrams: [1],
    renamed: {
      A: 'create',
      B: 'registered',
      DUP: 'conflict',
      C: 'record',
      D: 'enqueue',
      E: 'sent',
      F: 'clicked',
      G: 'expires',
      H: 'resend',
      CANCEL: 'stillPending',
      I: 'setup',
      J: 'activate',
      K: 'ready',
    },
  },
  {
    seed: '001-4',
    page: 'flowcharts/docs-pipeline',
    diagrams: [1],
    deviations: [
      {
        title: 'A different pipeline',
        nodes: ['A', 'B', 'C', 'D', 'E', 'F', 'FAIL', 'G', 'H', 'I', 'J', 'K'],
        original:
          'The pipeline built the documentation with Sphinx on Python 3.12 (`sphinx-build -W`, a Sphinx link check) on every push to `main`, and deployed with a third-party GitHub Pages action.',
        reason:
          "This site is built with Astro and Starlight on Node, so the diagram draws the workflow that builds it: `ci.yml`, on every pull request and every push to `main`, which publishes the checked build of `main` with GitHub's own Pages actions only when every check passed.",
      },
      {
        title: 'A preview of every run',
        nodes: ['PREVIEW'],
        original: 'Only a build of another branch than `main` ended as a preview artifact, kept for 7 days.',
        reason:
          'Every run uploads its build as the `site-preview` artifact (7 days), `main` included, because the same uploaded build is the one the checks test and the deploy job publishes; so the preview is part of the upload step, not an end of its own.',
      },
    ],
  },
  {
    seed: '001-5',
    page: 'flowcharts/rate-limits',
    diagrams: [1],
    renamed: {
      A: 'prepare',
      B: 'readRemaining',
      C: 'exhausted',
      D: 'send',
      E: 'readReset',
      F: 'computeSleep',
      G: 'wait',
      H: 'status',
      I: 'readRetryAfter',
      J: 'sleepRetryAfter',
      K: 'process',
      ERR: 'handOff',
    },
    deviations: [
      {
        title: 'The 429 loop',
        edges: ['H --> I'],
        original: 'A 429 slept for `Retry-After` and sent again, with no limit.',
        reason:
          'The same cap as the error and retry flow applies: at most {{policy.maxRateLimitRetries}} waits in a row, then `RateLimitError`, so workers that share one client cannot keep each other waiting for ever.',
      },
    ],
  },
  {
    seed: '001-6',
    page: 'flowcharts/sdk-initialization',
    diagrams: [1],
    renamed: {
      A: 'start',
      C: 'present',
      E: 'overridden',
      F: 'validateUrl',
      G: 'validUrl',
      URL_ERR: 'urlError',
      H: 'ready',
      I: 'firstCall',
      K: 'ok',
      READY: 'initialized',
      INIT_ERR: 'initError',
    },
    deviations: [
      {
        title: "The SDK's credentials",
        nodes: ['B', 'ENV_ERR', 'D'],
        edges: ['I --> J'],
        original:
          'The SDK read one `REDCORE_API_KEY` and was built with `Client(api_key=…)`, while the architecture document had the same SDK get OAuth 2.0 tokens from `POST /oauth/token`.',
        reason:
          'The API accepts only OAuth 2.0 Bearer tokens, so the SDK reads `REDCORE_CLIENT_ID` and `REDCORE_CLIENT_SECRET`, and its first call gets a token with the client-credentials grant before the `GET /v1/me` health check.',
      },
    ],
  },
  {
    seed: '002-1',
    page: 'architecture/overview',
    diagrams: [1],
    renamed: {
      Web: 'dashboard',
      WH: 'hooks',
      GW: 'gateway',
      RL: 'limiter',
      S1: 'users',
      S2: 'processing',
      S3: 'notify',
      DB: 'db',
    },
    deviations: [
      {
        title: 'The WAF in front of the load balancer',
        edges: ['SDK --> LB', 'CDN --> LB'],
        original:
          'The system overview drew the WAF unconnected, with clients and the CDN going straight to the load balancer, while the network-security section of the same template put the WAF first: Internet → WAF → load balancer.',
        reason: 'All traffic passes the WAF before the load balancer, as the network path says.',
      },
      {
        title: 'Services named after the platform',
        original:
          'The template drew three placeholder core services: a service for the main resource, a processing service and a notification service.',
        reason:
          'The platform has {{arch.coreServiceCount}} core services ([Platform services](/architecture/platform-services/)); this diagram groups them by role as the BlueRound API, the background worker and notification delivery.',
      },
    ],
  },
  {
    seed: '002-2',
    page: 'architecture/overview',
    diagrams: [2],
    renamed: { Producer: 'producer', Queue: 'queue', Consumer1: 'worker1', Consumer2: 'worker2', Action: 'action' },
  },
  {
    seed: '002-3',
    page: 'architecture/overview',
    diagrams: [3],
    renamed: { EventBus: 'Bus' },
  },
  {
    seed: '002-4',
    page: 'architecture/overview',
    diagrams: [6],
    deviations: [
      {
        title: 'Bearer tokens, not API keys',
        original:
          'A client sent an API key; the Auth service checked permissions and returned a token and scopes to the gateway.',
        reason:
          'Public API calls carry an OAuth 2.0 Bearer access token from `POST /oauth/token`; API keys are for internal service-to-service calls. The Auth service answers valid, invalid (`401`) or insufficient scope (`403`).',
      },
    ],
  },
  {
    seed: '003-1',
    page: 'architecture/platform-services',
    diagrams: [1],
    renamed: {
      SDK: 'sdkClient',
      WS: 'websocket',
      LM: 'lockManager',
      SO: 'sagaOrchestrator',
      ES: 'eventStore',
      CM: 'cacheManager',
      SD: 'discovery',
      RBAC: 'rbacManager',
      AUTH: 'authMw',
      RATE: 'rateMw',
      CORS: 'corsMw',
      METRICS: 'metricsMw',
      K8S: 'kubernetes',
      CI: 'actions',
      PYTHON: 'sdkPython',
      NODE: 'sdkNode',
      JAVA: 'sdkJava',
      CSHARP: 'sdkCsharp',
      GO: 'sdkGo',
    },
  },
  {
    seed: '003-2',
    page: 'architecture/platform-services',
    diagrams: [2, 3, 4],
    deviations: [
      {
        title: 'The lock path',
        original:
          'The lock example posted to `/api/v1/locks` and showed only the success: `201 Created` with the lock ID.',
        reason:
          'The public path is `POST /v1/locks`, and the diagram adds the other answer, `409 DUPLICATE_RESOURCE` while the resource is held. The lock manager and Redis are drawn as the core service and the store they are.',
      },
    ],
  },
  {
    seed: '003-3',
    page: 'architecture/platform-services',
    diagrams: [5],
    renamed: {
      SAGA: 'saga',
      LOCK: 'lock',
      EVENT: 'eventSourcing',
      CACHE: 'distCache',
      REST: 'restStyle',
      GRPC: 'grpcStyle',
      WS: 'wsStyle',
      GRAPHQL: 'graphqlStyle',
      METRICS: 'metricsPattern',
      TRACING: 'tracingPattern',
      LOGGING: 'loggingPattern',
      HEALTH: 'healthPattern',
      JWT: 'jwtPattern',
      RBAC: 'rbacPattern',
      APIKEY: 'apiKeyPattern',
      CORS: 'corsPattern',
      CONTAINER: 'containerPattern',
      ORCHESTRATION: 'orchestrationPattern',
      CI: 'pipelinePattern',
      HELM: 'packagingPattern',
    },
  },
];

/** Changes that are not about one Mermaid diagram (text diagrams, tables, whole sections). */
export const pageNotes: { page: string; deviation: Deviation }[] = [
  {
    page: 'architecture/overview',
    deviation: {
      title: 'One shared cache',
      original: "The template's deployment sketch put a cache in each availability zone.",
      reason:
        'Production runs one {{arch.redisNodes}}-node Redis cluster shared by both zones ([System architecture](/architecture/system/#deployment-architecture)); the deployment diagram draws it once.',
    },
  },
  {
    page: 'architecture/overview',
    deviation: {
      title: 'Undecided values',
      original:
        'The template left bracketed placeholders for values such as the sharding strategy, the maximum number of instances and the backup frequency.',
      reason:
        'Values the platform has chosen come from the other architecture pages; the rest say **Not decided yet** and are listed, with who decides them, under [Open decisions](#open-decisions).',
    },
  },
  {
    page: 'architecture/system',
    deviation: {
      title: 'Versioned paths',
      original: 'The source design wrote the public paths without a version: `POST /users`, `GET /users/{id}`.',
      reason: 'Every public path starts with `/v1`, as the API reference lists it.',
    },
  },
  {
    page: 'flowcharts/user-onboarding',
    deviation: {
      title: 'Versioned path and the resend call',
      original: 'The workflow started at `POST /users` and did not say how an admin resends an invitation.',
      reason: 'The path is `POST /v1/users`, and the resend branch names its call, `POST /v1/users/{id}/invitation`.',
    },
  },
  {
    page: 'architecture/runtime',
    deviation: {
      title: 'Diagrams drawn from the text',
      original:
        'The runtime design referred to diagrams for the query and command flows but contained none, and listed the user request flow as unnumbered steps.',
      reason:
        "The diagrams on this page are drawn from the design's own text, and the request flow is numbered so the list and its diagram share step numbers.",
    },
  },
];
