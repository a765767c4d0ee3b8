/** Durations and statuses as the console prints them. */

const reasons: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function statusText(status: number): string {
  return reasons[status] ?? '';
}

/** `104 ms`, `1.043 s`, `5 s`, `59 min 58 s`, `1 h`, `1 h 1 s`, `31 days 2 h`. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${Math.round(abs)} ms`;
  if (abs < 60_000) return `${sign}${Number((abs / 1000).toFixed(3))} s`;
  const totalSeconds = Math.round(abs / 1000);
  const units: [number, string][] = [
    [Math.floor(totalSeconds / 86_400), ' days'],
    [Math.floor((totalSeconds % 86_400) / 3600), ' h'],
    [Math.floor((totalSeconds % 3600) / 60), ' min'],
    [totalSeconds % 60, ' s'],
  ];
  // The two largest units that are not zero: "1 h 1 s" says more than "1 h".
  const shown = units
    .filter(([value]) => value > 0)
    .slice(0, 2)
    .map(([value, unit]) => `${value}${value === 1 && unit === ' days' ? ' day' : unit}`);
  return `${sign}${shown.join(' ')}`;
}

/** Waits print in seconds, like the policy's schedule: `0.9 s`, `1.043 s`. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** Axis label: `+0 ms`, `+1.043 s`. */
export function formatOffset(ms: number): string {
  return `+${formatDuration(Math.max(0, ms))}`;
}
