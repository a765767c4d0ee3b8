/**
 * One change in words an integrator reads without opening the spec:
 * "removed property `data[].name` of the 200 response body". api-smart-diff's
 * own descriptions degrade to "annotation (name)" once a shared schema is
 * reported a second time, so the place is worded from the diff's path.
 */
type Part = string | number;

const verbs = { add: 'added', remove: 'removed', replace: 'changed', rename: 'renamed' } as const;

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'nothing' : text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Where in the operation: "the request body", "the 200 response body", "query parameter `cursor`". */
function placeOf(
  rest: readonly Part[],
  parameterName: (index: number) => string | undefined,
): { place: string; inner: Part[] } {
  const [first, second, third, fourth] = rest;
  if (first === 'requestBody') return { place: 'the request body', inner: rest.slice(4) };
  if (first === 'responses' && second !== undefined) {
    if (third === 'headers' && fourth !== undefined)
      return { place: `header ${String(fourth)} of the ${String(second)} response`, inner: rest.slice(5) };
    if (third === 'content') return { place: `the ${String(second)} response body`, inner: rest.slice(5) };
    return { place: `the ${String(second)} response`, inner: rest.slice(2) };
  }
  if (first === 'parameters' && typeof second === 'number') {
    const name = parameterName(second);
    return {
      place: name ? `parameter \`${name}\`` : `parameter ${second}`,
      inner: rest.slice(third === 'schema' ? 3 : 2),
    };
  }
  return { place: 'the operation', inner: [...rest] };
}

/** `data[].name` from `properties.data.items.properties.name`; composition keywords are skipped. */
function fieldOf(inner: readonly Part[]): { field: string; tail: Part[] } {
  const names: string[] = [];
  let index = 0;
  for (; index < inner.length; index++) {
    const part = inner[index];
    const next = inner[index + 1];
    if (part === 'properties' && next !== undefined && index + 1 < inner.length - 1) {
      names.push(String(next));
      index++;
    } else if (part === 'items') {
      names.push(`${names.pop() ?? ''}[]`);
    } else if ((part === 'allOf' || part === 'oneOf' || part === 'anyOf') && typeof next === 'number') {
      index++;
    } else {
      break;
    }
  }
  return { field: names.join('.'), tail: inner.slice(index) };
}

export function describeChange(
  action: keyof typeof verbs,
  rest: readonly Part[],
  before: unknown,
  after: unknown,
  parameterName: (index: number) => string | undefined,
): string {
  const verb = verbs[action];
  if (rest.length === 0) return `${verb} the operation`;
  if (rest[0] === 'security') {
    const value = action === 'remove' ? before : after;
    return rest.length >= 4
      ? `${verb} scope ${show(value)} in the security requirement`
      : `${verb} security requirement ${show(value)}`;
  }
  const { place, inner } = placeOf(rest, parameterName);
  if (inner.length === 0) return place === 'the operation' ? `${verb} the operation` : `${verb} ${place}`;
  const { field, tail } = fieldOf(inner);
  const of = field ? `\`${field}\` in ${place}` : place;
  const [key, index] = tail;
  const change = action === 'replace' ? ` from ${show(before)} to ${show(after)}` : '';
  if (key === 'properties' && index !== undefined) {
    return `${verb} property \`${field ? `${field}.` : ''}${String(index)}\` of ${place}`;
  }
  if (key === 'required' && index !== undefined) {
    const name = show(action === 'add' ? after : before);
    return action === 'add' ? `made ${name} required in ${of}` : `made ${name} optional in ${of}`;
  }
  if (key === 'enum' && index !== undefined)
    return `${verb} enum value ${show(action === 'add' ? after : before)} of ${of}`;
  if (key === 'required' && rest[0] === 'parameters') return `${verb} whether ${place} is required${change}`;
  if (key !== undefined) return `${verb} \`${tail.map(String).join('.')}\` of ${of}${change}`;
  return `${verb} ${of}${change}`;
}
