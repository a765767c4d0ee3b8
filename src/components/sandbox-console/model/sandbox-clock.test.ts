import { describe, expect, it } from 'vitest';
import { AxisClock, compressedSleep, VirtualClock } from './sandbox-clock.ts';

describe('VirtualClock', () => {
  const offset = 3_601_000;
  const reading = (serverReal: number) => Math.floor((serverReal + offset) / 1000) * 1000;

  it('recovers the sandbox offset from a reading rounded down to the second', () => {
    let real = 1_700_000_000_250;
    const clock = new VirtualClock(() => real);
    // The sandbox read its clock 4 ms after the request left; the answer came 6 ms later.
    expect(clock.syncFrom(reading(real + 4), real, real + 10)).toBe(true);
    expect(clock.offsetMs).toBe(offset);
    clock.advanced(60);
    real += 10;
    expect(clock.now()).toBe(real + offset + 60_000);
  });

  it('asks for another reading when the request straddled a second', () => {
    const clock = new VirtualClock(() => 0);
    const requestedAt = 1_700_000_000_995;
    expect(clock.syncFrom(reading(requestedAt + 3), requestedAt, requestedAt + 10)).toBe(false);
    expect(clock.syncFrom(reading(requestedAt + 8), requestedAt, requestedAt + 10)).toBe(false);
  });

  it('is exact at every phase of the second', () => {
    for (let phase = 0; phase < 1000; phase += 7) {
      const clock = new VirtualClock(() => 0);
      const requestedAt = 1_700_000_000_000 + phase;
      if (clock.syncFrom(reading(requestedAt + 2), requestedAt, requestedAt + 5)) expect(clock.offsetMs).toBe(offset);
    }
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
