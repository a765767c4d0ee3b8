/**
 * Architecture facts that several pages state: the single source for service
 * names and counts, ports, zones, cache topology, data stores and sizing. Pages
 * print them through `{{arch.<name>}}` placeholders (lib/markdown/remark-policy.ts),
 * so two pages cannot state two values for one fact.
 */

/** The six core services of the platform (Platform services page). */
export const coreServices = [
  'Lock manager',
  'Saga orchestrator',
  'Event store',
  'Cache manager',
  'Service discovery',
  'RBAC manager',
] as const;

/** Application-layer components that answer the public API (System architecture page). */
export const applicationServices = ['Auth Service', 'BlueRound API', 'Background Worker'] as const;

export const ports = { rest: 8080, grpc: 9090, websocket: 8081, graphql: 8080 } as const;
export const graphqlPath = '/graphql';

export const availabilityZones = ['A', 'B'] as const;
export const apiNodesPerZone = 2;
export const apiNodesMax = 8;
/** One Redis cluster shared by both zones; there is no cache per zone. */
export const redisClusterNodes = 3;
export const dataStores = ['PostgreSQL', 'Redis', 'etcd', 'Object store'] as const;
export const postgresBackupRetentionDays = 30;

const apiNodes = availabilityZones.length * apiNodesPerZone;
const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** Display strings, keyed by what writers put in `{{arch.<key>}}`. */
export const archText: Readonly<Record<string, string>> = {
  coreServiceCount: words[coreServices.length] ?? String(coreServices.length),
  coreServiceNames: coreServices.map((name, i) => (i === 0 ? name : name.toLowerCase())).join(', '),
  applicationServiceNames: applicationServices.join(', '),
  restPort: String(ports.rest),
  grpcPort: String(ports.grpc),
  websocketPort: String(ports.websocket),
  graphqlPort: String(ports.graphql),
  graphqlPath,
  zoneCount: words[availabilityZones.length] ?? String(availabilityZones.length),
  apiNodes: String(apiNodes),
  apiNodesWord: words[apiNodes] ?? String(apiNodes),
  apiNodesPerZone: String(apiNodesPerZone),
  apiNodesMax: String(apiNodesMax),
  redisNodes: String(redisClusterNodes),
  postgresBackupRetention: `${postgresBackupRetentionDays}-day`,
};
