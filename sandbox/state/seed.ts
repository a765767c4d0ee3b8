/**
 * The seeded starting point: four users (one per role, plus a pending
 * invitation) with the events their history emitted, the default rate limit and
 * nothing else. Timestamps are relative to the virtual "now" of the reset, so
 * the seeded events stay inside the event retention window.
 */
import {
  currentApiVersion,
  invitationTtlHours,
  rateLimitDefaultLimit,
  rateLimitDefaultWindowSeconds,
} from '../../policy/policy.ts';
import { isoSeconds, unixSeconds } from './clock.ts';
import { newCursorSecret } from './cursor.ts';
import type { ApiEvent, EventRecord, SandboxState, User, UserRecord } from './types.ts';
import { stateSchemaVersion } from './types.ts';

const hour = 3_600_000;
const day = 24 * hour;

interface SeedStep {
  at: number;
  type: ApiEvent['type'];
  eventId: string;
  change: Partial<User>;
}

interface SeedUser {
  base: Pick<User, 'id' | 'email' | 'name' | 'role'>;
  steps: SeedStep[];
}

function seedUsers(now: number): SeedUser[] {
  const invited = (at: number): Partial<User> => ({
    status: 'pending_invite',
    invitation_expires_at: isoSeconds(at + invitationTtlHours * hour),
  });
  const accepted: Partial<User> = { status: 'active', invitation_expires_at: null };
  const created = (at: number, eventId: string): SeedStep => ({
    at,
    type: 'user.created',
    eventId,
    change: invited(at),
  });
  return [
    {
      base: { id: 'usr_9f2c4e1a', email: 'priya.raman@example.com', name: 'Priya Raman', role: 'admin' },
      steps: [
        created(now - 20 * day, 'evt_51c0a7e2'),
        { at: now - 19 * day, type: 'user.updated', eventId: 'evt_6b2d9f14', change: accepted },
      ],
    },
    {
      base: { id: 'usr_3a6d0b8e', email: 'amara.okafor@example.com', name: 'Amara Okafor', role: 'member' },
      steps: [
        created(now - 14 * day, 'evt_7e3f1a58'),
        { at: now - 13 * day, type: 'user.updated', eventId: 'evt_8a4c2b69', change: accepted },
      ],
    },
    {
      base: { id: 'usr_c81e5f03', email: 'mei.tanaka@example.com', name: 'Mei Tanaka', role: 'viewer' },
      steps: [
        created(now - 10 * day, 'evt_9d5e3c7a'),
        { at: now - 9 * day, type: 'user.updated', eventId: 'evt_a1f64d8b', change: accepted },
        { at: now - 3 * day, type: 'user.updated', eventId: 'evt_b2075e9c', change: { status: 'inactive' } },
      ],
    },
    {
      base: { id: 'usr_5d1f7c92', email: 'luis.ortega@example.com', name: 'Luis Ortega', role: 'member' },
      steps: [created(now - day, 'evt_c3186fad')],
    },
  ];
}

/** The seeded state at virtual time `now`, keeping the clock offset and the issued tokens given. */
export function seedState(now: number, keep: Pick<SandboxState, 'clockOffsetMs' | 'tokens'>): SandboxState {
  // Replay every user's history in time order, so sequence numbers (list order) follow time.
  const steps = seedUsers(now)
    .flatMap((seed) => seed.steps.map((step) => ({ base: seed.base, step })))
    .sort((a, b) => a.step.at - b.step.at);
  const users = new Map<string, UserRecord>();
  const events: EventRecord[] = [];
  let seq = 0;
  for (const { base, step } of steps) {
    const stamp = isoSeconds(step.at);
    const previous = users.get(base.id);
    const user: User = previous
      ? { ...previous.user, ...step.change, updated_at: stamp }
      : ({ ...base, ...step.change, created_at: stamp, updated_at: stamp } as User);
    users.set(base.id, { seq: previous?.seq ?? ++seq, user });
    events.push({
      seq: ++seq,
      event: {
        id: step.eventId,
        type: step.type,
        api_version: currentApiVersion,
        created: unixSeconds(step.at),
        data: { object: user },
      },
    });
  }
  return {
    schema: stateSchemaVersion,
    clockOffsetMs: keep.clockOffsetMs,
    seq,
    users: [...users.values()],
    events,
    tokens: keep.tokens,
    locks: [],
    idempotency: {},
    rateLimit: { limit: rateLimitDefaultLimit, windowSeconds: rateLimitDefaultWindowSeconds },
    windows: {},
    faults: {},
    cursorSecret: newCursorSecret(),
  };
}

export function initialState(now: number): SandboxState {
  return seedState(now, { clockOffsetMs: 0, tokens: {} });
}
