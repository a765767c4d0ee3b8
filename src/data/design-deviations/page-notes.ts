import type { Deviation } from './types.ts';

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
