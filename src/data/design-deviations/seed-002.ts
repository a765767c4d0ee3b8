/** Source design 002 (../shared/seeds/): architecture/overview. */
import type { SourceDesign } from './types.ts';

export const seed002: SourceDesign[] = [
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
];
