import { describe, expect, it } from 'vitest';
import { scrollTopToReveal } from './reveal-response.ts';

describe('revealing the response after Send', () => {
  const pane = { top: 100, bottom: 800 };

  it('leaves a response whose top is already in view where it is', () => {
    expect(scrollTopToReveal({ top: 150 }, pane, 0)).toBeUndefined();
    expect(scrollTopToReveal({ top: 752 }, pane, 40)).toBeUndefined();
  });

  it('scrolls a response below the pane up to its top', () => {
    expect(scrollTopToReveal({ top: 965 }, pane, 0)).toBe(865);
    expect(scrollTopToReveal({ top: 760 }, pane, 30)).toBe(690);
  });

  it('scrolls back to a response above the pane', () => {
    expect(scrollTopToReveal({ top: 40 }, pane, 500)).toBe(440);
  });
});
