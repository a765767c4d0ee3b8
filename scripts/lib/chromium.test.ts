import { describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutablePath, chromiumLaunchOptions } from './chromium.ts';

describe('chromium resolution', () => {
  it("uses Playwright's own browser when CHROMIUM_PATH=bundled", () => {
    expect(chromiumExecutablePath({ CHROMIUM_PATH: 'bundled' })).toBeUndefined();
    expect(chromiumLaunchOptions({ CHROMIUM_PATH: 'bundled' })).toEqual({ args: [...chromiumArgs] });
  });

  it('honours an explicit path that exists', () => {
    expect(chromiumExecutablePath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('explains how to fix a missing browser', () => {
    expect(() => chromiumExecutablePath({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(/apt-get install -y chromium/);
  });

  it('always passes the flags this closed network needs', () => {
    expect(chromiumArgs).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-background-networking']),
    );
  });
});
