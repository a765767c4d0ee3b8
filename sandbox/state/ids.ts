/** Random identifiers: prefixed hex IDs for resources, longer base62 secrets for tokens. */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// One getRandomValues call per 4 KiB instead of one per ID: the call, not the bytes, is what costs.
const pool = new Uint8Array(4096);
let poolOffset = pool.length;

function randomBytes(length: number): Uint8Array {
  if (poolOffset + length > pool.length) {
    crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  poolOffset += length;
  return pool.slice(poolOffset - length, poolOffset);
}

function hex(bytes: number): string {
  return Array.from(randomBytes(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `usr_4b7d2a90`-style IDs: 8 hex digits, as in the spec's examples. */
export function hexId(prefix: string, taken: (id: string) => boolean = () => false): string {
  for (;;) {
    const id = `${prefix}_${hex(4)}`;
    if (!taken(id)) return id;
  }
}

/** `req_8f14e45fceea`: 12 hex digits, unique enough to quote to support. */
export function newRequestId(): string {
  return `req_${hex(6)}`;
}

/** Unguessable bearer and refresh tokens (28 base62 characters, about 166 bits). */
export function secretToken(prefix: 'at' | 'rt'): string {
  // 248 is the largest multiple of 62 below 256: dropping bytes from 248 up keeps every character equally likely.
  const chars: string[] = [];
  while (chars.length < 28) {
    for (const byte of randomBytes(32)) {
      if (byte < 248 && chars.length < 28) chars.push(alphabet[byte % 62] ?? '');
    }
  }
  return `${prefix}_${chars.join('')}`;
}
