import { describe, expect, it } from 'vitest';
import { AxisClock, compressedSleep, VirtualClock } from './sandbox-clock.ts';

describe('VirtualClock', () => {
  it('recovers the sandbox offset from a reading rounded down to the second', () => {
    let real = 1_700_000_000_250;
    const clock = new VirtualClock(() => real);
    const offset = 3_601_000;
    // The sandbox read its clock 4 ms after the request left and rounded down to the second.
    clock.syncFrom(Math.floor((real + 4 + offset) / 1000) * 1000, real);
    expect(clock.offsetMs).toBe(offset);
    clock.advanced(60);
    real += 10;
    expect(clock.now()).toBe(real + offset + 60_000);
  });
});

describe('compressedSleep', () => {
  function setup(factor: number) {
    let real = 0;
    const axis = new AxisClock(() => real);
    const slept: number[] = [];
    const advanced: number[] = [];
    const sleep = compressedSleep({
      factor: () => factor,
      realSleep: (ms) => {
        slept.push(ms);
        real += ms;
        return Promise.resolve();
      },
      advanceSandbox: (seconds) => {
        advanced.push(seconds);
        return Promise.resolve();
      },
      axis,
    });
    return { sleep, axis, slept, advanced };
  }

  it('plays a wait ten times faster, moves the sandbox clock over the rest and keeps the axis real', async () => {
    const { sleep, axis, slept, advanced } = setup(10);
    await sleep(1043);
    expect(slept).toEqual([104.3]);
    expect(advanced).toEqual([1]);
    expect(axis.now()).toBeCloseTo(1043);
    await sleep(5000);
    expect(advanced).toEqual([1, 5]);
    expect(axis.now()).toBeCloseTo(6043);
  });

  it('waits in real time when compression is off', async () => {
    const { sleep, axis, slept, advanced } = setup(1);
    await sleep(2000);
    expect(slept).toEqual([2000]);
    expect(advanced).toEqual([]);
    expect(axis.now()).toBe(2000);
  });
});
