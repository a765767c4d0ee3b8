/**
 * The one route matcher: which of the spec's path templates a request path
 * names, and the values of its `{parameters}`. The sandbox routes with it; the
 * conformance checker, the claims linter and the session validator find the
 * documented operation with it.
 *
 * Rules (OpenAPI 3.1 §4.8.8, Paths Object): a template matches whole
 * segments, `{name}` stands for a non-empty part of one segment, and a
 * concrete path wins over a templated one that also matches
 * (`/v1/users/me` before `/v1/users/{id}`). Parameter values are
 * percent-decoded; a segment that does not decode (a stray `%`) names nothing.
 */

export interface PathMatch {
  template: string;
  params: Record<string, string>;
}

interface CompiledTemplate {
  template: string;
  pattern: RegExp;
  names: string[];
  /** Per segment, whether it is literal: compared left to right, literal sorts first. */
  literal: boolean[];
}

const parameterPattern = /\{([^}/]+)\}/g;

function compile(template: string): CompiledTemplate {
  const names: string[] = [];
  const source = template
    .split(parameterPattern)
    .map((part, index) => {
      // split() with a capture group alternates literal text and parameter names.
      if (index % 2 === 1) {
        names.push(part);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return {
    template,
    pattern: new RegExp(`^${source}$`),
    names,
    literal: template.split('/').map((segment) => !segment.includes('{')),
  };
}

/** Concrete before templated, segment by segment; otherwise the spec's order. */
function bySpecificity(a: CompiledTemplate, b: CompiledTemplate): number {
  const length = Math.min(a.literal.length, b.literal.length);
  for (let index = 0; index < length; index++) {
    if (a.literal[index] !== b.literal[index]) return a.literal[index] ? -1 : 1;
  }
  return 0;
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

export interface PathMatcher {
  /** The template `pathname` (still percent-encoded, as URL gives it) names, or undefined. */
  match(pathname: string): PathMatch | undefined;
}

export function createPathMatcher(templates: Iterable<string>): PathMatcher {
  const compiled = [...new Set(templates)].map(compile).sort(bySpecificity);
  return {
    match(pathname) {
      for (const candidate of compiled) {
        const found = candidate.pattern.exec(pathname);
        if (!found) continue;
        const values = found.slice(1).map(decode);
        if (values.some((value) => value === undefined)) continue;
        const params = Object.fromEntries(candidate.names.map((name, index) => [name, values[index] as string]));
        return { template: candidate.template, params };
      }
      return undefined;
    },
  };
}
