/** Sandbox controls: reset, virtual clock, rate limit and fault injection (spec tag "Sandbox controls"). */
import { controlOperation, respond } from '../engine/operation.ts';
import { isoSeconds, latestVirtualTime } from '../state/clock.ts';
import { seedState } from '../state/seed.ts';

export const controlOperations = [
  controlOperation('resetSandbox', (context, state) => ({
    // The spec keeps the clock and the issued tokens across a reset.
    state: seedState(context.now, { clockOffsetMs: state.clockOffsetMs, tokens: state.tokens }),
    response: respond(204),
  })),

  controlOperation('advanceSandboxClock', (context, state) => {
    const seconds = context.body.advance_seconds;
    const target = context.now + seconds * 1000;
    if (!(target <= latestVirtualTime)) {
      const details = [
        {
          field: 'advance_seconds',
          issue: `Would move the clock past ${isoSeconds(latestVirtualTime)}, the latest time the sandbox keeps.`,
        },
      ];
      return { response: context.error('INVALID_REQUEST', 'The request body has 1 invalid field.', details) };
    }
    return {
      ...(seconds > 0 ? { state: { ...state, clockOffsetMs: state.clockOffsetMs + seconds * 1000 } } : {}),
      response: respond(200, { now: isoSeconds(target) }),
    };
  }),

  controlOperation('setSandboxRateLimit', (context, state) => {
    // The body was validated against the spec, whose minimum and maximum keep every derived header an exact integer.
    const { limit, window_seconds: windowSeconds } = context.body;
    return {
      // A new limit starts a fresh window for every client.
      state: { ...state, rateLimit: { limit, windowSeconds }, windows: {} },
      response: respond(200, { limit, window_seconds: windowSeconds }),
    };
  }),

  controlOperation('queueSandboxFaults', (context, state) => {
    const { match, statuses } = context.body;
    return {
      // A new call for the same `match` replaces its queue.
      state: { ...state, faults: { ...state.faults, [match]: [...statuses] } },
      response: respond(200, { match, statuses: [...statuses] }),
    };
  }),
];
