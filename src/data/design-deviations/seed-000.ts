/** Source design 000 (../shared/seeds/): architecture/system. */
import type { SourceDesign } from './types.ts';

export const seed000: SourceDesign[] = [
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
];
