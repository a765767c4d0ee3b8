import type { OasRef, Referenced } from '@redocly/openapi-core';

/**
 * Follows the internal `#/…` references of the bundled description. The
 * bundler already moved every external file under `#/components`, so a
 * reference that leaves the document is a bug in the bundle: fail loudly.
 */
export interface RefResolver {
  /** The object a `$ref` points at (following chains), or the value itself. */
  resolve<T extends object>(value: Referenced<T>): T;
}

export function isRef(value: unknown): value is OasRef {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** Last segment of a `$ref`, e.g. `#/components/schemas/User` → `User`. */
export function refName(ref: string): string {
  const segment = ref.split('/').at(-1) ?? ref;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function createRefResolver(document: object): RefResolver {
  function pointerTarget(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`External reference "${ref}" in the bundled OpenAPI description.`);
    let node: unknown = document;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (typeof node !== 'object' || node === null || !(key in node)) {
        throw new Error(`Reference "${ref}" points at nothing in the bundled OpenAPI description.`);
      }
      node = (node as Record<string, unknown>)[key];
    }
    return node;
  }

  return {
    resolve<T extends object>(value: Referenced<T>): T {
      const seen = new Set<string>();
      let current: unknown = value;
      while (isRef(current)) {
        if (seen.has(current.$ref)) throw new Error(`Reference cycle through "${current.$ref}".`);
        seen.add(current.$ref);
        current = pointerTarget(current.$ref);
      }
      return current as T;
    },
  };
}

/** `resolver` as operations() takes it: any value in, the object a `$ref` points at (or the value) out. */
export function resolveAny(resolver: RefResolver): (value: unknown) => unknown {
  return (value) => (isRef(value) ? resolver.resolve(value) : value);
}
