/** Source design 003 (../shared/seeds/): architecture/platform-services. */
import type { SourceDesign } from './types.ts';

export const seed003: SourceDesign[] = [
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
