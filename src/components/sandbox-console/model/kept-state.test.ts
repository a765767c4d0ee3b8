import { describe, expect, it } from 'vitest';
import { keptStateNote, recallRun, rememberRun, type LastRun } from './kept-state.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const request: LastRun = {
  kind: 'request',
  title: 'POST /v1/users',
  ok: true,
  message: 'POST /v1/users: 201 Created.',
};

describe('what the console says it kept after a reload', () => {
  it('says nothing for a fresh sandbox', () => {
    expect(keptStateNote(null, 0)).toBeNull();
    expect(keptStateNote(null, 400)).toBeNull();
  });

  it('names the kept data and how far the clock is ahead', () => {
    const note = keptStateNote(request, 3_600_000)!;
    expect(note.status).toContain('kept its data');
    expect(note.status).toContain('1 h ahead of real time');
  });

  it('says the last run’s timeline and response are not kept, and how to see them again', () => {
    const note = keptStateNote(request, 0)!;
    expect(note.timeline).toContain('POST /v1/users (finished)');
    expect(note.timeline).toContain('not kept');
    expect(note.response).toContain('POST /v1/users: 201 Created.');
    expect(note.response).toContain('Send it again');
  });

  it('mentions no response after a scenario', () => {
    expect(keptStateNote({ ...request, kind: 'scenario', title: 'Happy path' }, 0)!.response).toBeNull();
  });

  it('explains a moved clock even with no run remembered', () => {
    expect(keptStateNote(null, 7_200_000)!.timeline).toContain('not kept');
  });

  it('remembers the last run and ignores what it cannot read', () => {
    const storage = memoryStorage();
    expect(recallRun(storage)).toBeNull();
    rememberRun(request, storage);
    expect(recallRun(storage)).toEqual(request);
    storage.setItem('blueround-sandbox-console:last-run', '{not json');
    expect(recallRun(storage)).toBeNull();
  });
});
