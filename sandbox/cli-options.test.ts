import { describe, expect, it } from 'vitest';
import { CliUsageError, parseCliOptions } from './cli-options.ts';

describe('sandbox command line', () => {
  it('listens on 127.0.0.1:4010 by default', () => {
    expect(parseCliOptions([], {})).toEqual({ help: false, port: 4010, host: '127.0.0.1' });
  });

  it('takes the port and host from flags before the environment', () => {
    expect(parseCliOptions([], { PORT: '5000', HOST: '0.0.0.0' })).toEqual({
      help: false,
      port: 5000,
      host: '0.0.0.0',
    });
    expect(parseCliOptions(['--port', '6000'], { PORT: '5000' })).toMatchObject({ port: 6000 });
    expect(parseCliOptions(['--port=0', '--host', '::1'], {})).toEqual({ help: false, port: 0, host: '::1' });
    expect(parseCliOptions(['-p', '7000'], {})).toMatchObject({ port: 7000 });
  });

  it('rejects a bad port, naming where it came from', () => {
    expect(() => parseCliOptions(['--port', 'abc'], {})).toThrow(
      '--port must be an integer from 0 to 65535, not "abc"',
    );
    expect(() => parseCliOptions([], { PORT: '70000' })).toThrow(
      'PORT must be an integer from 0 to 65535, not "70000"',
    );
    expect(() => parseCliOptions([], { PORT: '-1' })).toThrow(CliUsageError);
  });

  it('rejects unknown flags and stray arguments', () => {
    expect(() => parseCliOptions(['--prot', '1'], {})).toThrow(CliUsageError);
    expect(() => parseCliOptions(['4010'], {})).toThrow(CliUsageError);
  });

  it('asks for help', () => {
    expect(parseCliOptions(['--help'], { PORT: 'junk' })).toEqual({ help: true });
  });
});
