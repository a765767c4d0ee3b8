/**
 * The one walk over an OpenAPI 3.1 document's paths × methods. The sandbox
 * runtime generator, the conformance and client checkers, the claims
 * vocabulary, the API diff, the reference pages, Scalar's set-up and the
 * console all list operations through it, so they agree on which operations
 * exist, in which order, and which parameters each one takes.
 *
 * Parameters follow OpenAPI 3.1 §4.8.9/§4.8.10: a parameter of the path item
 * applies to every operation under it unless the operation defines a
 * parameter with the same `name` and `in`, which then replaces it.
 */
import { httpMethods, type HttpMethod } from './http-methods.ts';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the object a `$ref` points at, or the value itself. */
export type Resolve = (value: unknown) => unknown;

/**
 * The default for a dereferenced document: a `$ref` there means the caller
 * forgot to dereference (or to pass a resolver), which would make two
 * parameters compare unequal by name, so it fails instead of guessing.
 */
const noReferences: Resolve = (value) => {
  if (isObject(value) && typeof value['$ref'] === 'string') {
    throw new Error(
      `operations(): met "$ref: ${value['$ref']}"; bundle with { dereference: true } or pass a resolver.`,
    );
  }
  return value;
};

export interface OperationRef<Operation = JsonObject, Parameter = JsonObject, PathItem = JsonObject> {
  /** The path template as the spec writes it, e.g. `/v1/users/{id}`. */
  path: string;
  method: HttpMethod;
  pathItem: PathItem;
  operation: Operation;
  /**
   * The parameters that apply, resolved: the path item's that the operation
   * does not redefine, in their order, then the operation's own.
   */
  parameters: Parameter[];
}

function parametersOf(holder: JsonObject, resolve: Resolve): JsonObject[] {
  const raw = holder['parameters'];
  return Array.isArray(raw) ? raw.map(resolve).filter(isObject) : [];
}

/** The OpenAPI parameter-override rule: a parameter is identified by `name` and `in`. */
export function applicableParameters(pathLevel: JsonObject[], operationLevel: JsonObject[]): JsonObject[] {
  const redefined = (parameter: JsonObject) =>
    operationLevel.some((own) => own['name'] === parameter['name'] && own['in'] === parameter['in']);
  return [...pathLevel.filter((parameter) => !redefined(parameter)), ...operationLevel];
}

/**
 * Every operation of `document`, path by path in the spec's order and, within
 * a path, in the order of `httpMethods`.
 *
 * The type parameters let a caller that holds a typed document (the
 * reference's Redocly `Oas3_1Definition`) get its own types back; the walk
 * itself only checks that each value is an object.
 */
export function operations<Operation = JsonObject, Parameter = JsonObject, PathItem = JsonObject>(
  document: unknown,
  resolve: Resolve = noReferences,
): OperationRef<Operation, Parameter, PathItem>[] {
  const found: OperationRef<Operation, Parameter, PathItem>[] = [];
  const paths = isObject(document) && isObject(document['paths']) ? document['paths'] : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = resolve(rawItem);
    if (!isObject(pathItem)) continue;
    const pathParameters = parametersOf(pathItem, resolve);
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      found.push({
        path,
        method,
        pathItem: pathItem as PathItem,
        operation: operation as Operation,
        parameters: applicableParameters(pathParameters, parametersOf(operation, resolve)) as Parameter[],
      });
    }
  }
  return found;
}
