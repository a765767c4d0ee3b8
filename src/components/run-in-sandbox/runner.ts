/**
 * Loaded on the first "Run in sandbox" click: starts the in-browser sandbox
 * (the console's MSW worker; nothing leaves the browser) and sends a plan's
 * requests, filling `$NAME` variables from this page's session so a token one
 * sample got is used by the next.
 */
import { startBrowserSandbox } from '../../../sandbox/browser.ts';
import { statusText } from '../sandbox-console/model/format.ts';
import { freshKeyMarker, tokenFields, type PlannedRequest, type RunPlan } from './plan.ts';

const sandboxOrigin = 'https://sandbox.blueround.test';
/** Headers worth seeing at a glance; the console shows them all. */
const keyHeaders = [
  'content-type',
  'blueround-version',
  'idempotent-replayed',
  'x-request-id',
  'x-ratelimit-remaining',
  'retry-after',
  'www-authenticate',
];

export interface StepResult {
  request: PlannedRequest;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  notes: string[];
}

type Session = Record<string, string>;
const sessionKey = () => `run-in-sandbox:${location.pathname}`;

function readSession(): Session {
  try {
    return JSON.parse(sessionStorage.getItem(sessionKey()) ?? '{}') as Session;
  } catch {
    return {};
  }
}

function saveSession(session: Session): void {
  sessionStorage.setItem(sessionKey(), JSON.stringify(session));
}

const variablePattern = /\$([A-Z_][A-Z0-9_]*)/g;

function variablesOf(step: PlannedRequest): Set<string> {
  const text = [step.path, step.body ?? '', ...step.headers.map(([, value]) => value)].join('\n');
  return new Set([...text.matchAll(variablePattern)].map((match) => match[1]!));
}

function fill(text: string, session: Session): string {
  return text.replace(variablePattern, (whole, name: string) => session[name] ?? whole);
}

/** A reader who runs a later sample first still gets an answer: a token for the full sandbox app. */
async function sandboxToken(session: Session): Promise<void> {
  const response = await fetch(`${sandboxOrigin}/oauth/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'sandbox_app_full',
      client_secret: 'sandbox_secret_full',
    }),
  });
  const token = (await response.json()) as Record<string, string>;
  if (token.access_token) session.ACCESS_TOKEN = token.access_token;
  if (token.refresh_token) session.REFRESH_TOKEN = token.refresh_token;
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

async function send(step: PlannedRequest, session: Session): Promise<StepResult> {
  const notes: string[] = [];
  const needed = variablesOf(step);
  const fresh: Session = {};
  if (needed.delete(freshKeyMarker.slice(1))) {
    fresh[freshKeyMarker.slice(1)] = crypto.randomUUID();
    notes.push('Sent a fresh Idempotency-Key.');
  }
  if (needed.has('ACCESS_TOKEN') && !session.ACCESS_TOKEN) {
    await sandboxToken(session);
    notes.push('No token on this page yet: got one for sandbox_app_full first.');
  } else if (needed.size > 0) {
    notes.push(`Used ${[...needed].map((name) => `$${name}`).join(', ')} from an earlier sample on this page.`);
  }
  const missing = [...needed].filter((name) => !session[name]);
  if (missing.length > 0) {
    throw new Error(`Run the sample that sets ${missing.map((name) => `$${name}`).join(', ')} first.`);
  }
  const values = { ...session, ...fresh };
  const init: RequestInit = {
    method: step.method,
    headers: step.headers.map(([name, value]): [string, string] => [name, fill(value, values)]),
  };
  if (step.body !== undefined) init.body = fill(step.body, values);
  const response = await fetch(`${sandboxOrigin}${fill(step.path, values)}`, init);
  const body = await response.text();
  let answer: Record<string, unknown> = {};
  try {
    answer = JSON.parse(body) as Record<string, unknown>;
  } catch {
    // Not JSON (an empty 204): nothing to keep.
  }
  if (step.keep && typeof answer[step.keep.field] === 'string') {
    session[step.keep.name] = answer[step.keep.field] as string;
    notes.push(`Kept ${step.keep.field} as $${step.keep.name} for the next samples.`);
  } else {
    const kept = Object.entries(tokenFields).filter(([field]) => typeof answer[field] === 'string');
    for (const [field, name] of kept) session[name] = answer[field] as string;
    if (kept.length > 0) notes.push(`Kept ${kept.map(([field]) => field).join(' and ')} for the next samples.`);
  }
  return {
    request: step,
    status: response.status,
    // A service worker's answer may carry no reason phrase; show the console's, as `201 Created`.
    statusText: response.statusText || statusText(response.status),
    headers: keyHeaders.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value] as [string, string]];
    }),
    body: pretty(body),
    notes,
  };
}

export async function runPlan(plan: RunPlan, base: string): Promise<StepResult[]> {
  await startBrowserSandbox({ base });
  const session = readSession();
  const results: StepResult[] = [];
  try {
    for (const step of plan) results.push(await send(step, session));
  } finally {
    saveSession(session);
  }
  return results;
}
