/** Source design 001 (../shared/seeds/): flowcharts/authentication, flowcharts/docs-pipeline, flowcharts/error-retry, flowcharts/rate-limits, flowcharts/sdk-initialization, flowcharts/user-onboarding. */
import type { SourceDesign } from './types.ts';

export const seed001: SourceDesign[] = [
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
];
