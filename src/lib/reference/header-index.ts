/** The overview's index of response headers, and which headers every `/v1` response carries. */
import type { HeaderModel, HeaderUsageModel, OperationModel } from './model.ts';

const everyV1Response = 'every `/v1` response';

function describeAppearance(statuses: Set<string>, onEveryV1Response: boolean): string {
  if (onEveryV1Response) return everyV1Response;
  const sorted = [...statuses].sort();
  return `${sorted.length === 1 ? 'status' : 'statuses'} ${sorted.join(', ')}`;
}

/** Every response header the API sends, with where it appears, for the overview. */
export function responseHeaderIndex(operations: OperationModel[]): HeaderUsageModel[] {
  const usages = new Map<string, { variants: HeaderModel[]; statuses: Set<string>; v1Count: number }>();
  let v1Responses = 0;
  for (const operation of operations) {
    const isV1 = operation.path.startsWith('/v1/');
    for (const response of operation.responses) {
      if (isV1) v1Responses += 1;
      for (const header of response.headers) {
        const usage = usages.get(header.name) ?? { variants: [], statuses: new Set(), v1Count: 0 };
        usage.variants.push(header);
        usage.statuses.add(response.status);
        if (isV1) usage.v1Count += 1;
        usages.set(header.name, usage);
      }
    }
  }
  return [...usages.entries()].map(([, usage]) => {
    // Responses can override a header's words (429 says "always 0"); the common wording describes it best.
    const counts = new Map<string, number>();
    for (const variant of usage.variants) {
      const text = variant.schema.description ?? '';
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const [commonDescription] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    const representative = usage.variants.find((variant) => (variant.schema.description ?? '') === commonDescription)!;
    return { ...representative, appearsOn: describeAppearance(usage.statuses, usage.v1Count === v1Responses) };
  });
}

export function markStandardHeaders(operations: OperationModel[], index: HeaderUsageModel[]): void {
  const standard = index.filter((header) => header.appearsOn === everyV1Response);
  for (const header of operations.flatMap((operation) => operation.responses.flatMap((response) => response.headers))) {
    const common = standard.find((candidate) => candidate.name === header.name);
    if (
      common &&
      common.schema.description === header.schema.description &&
      common.schema.type === header.schema.type
    ) {
      header.standard = true;
    }
  }
}
