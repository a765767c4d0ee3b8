/** Small diagrams of the three kinds the docs use, each one different (so no cache hit). */
export function syntheticDiagram(index: number): string {
  switch (index % 3) {
    case 0:
      return `flowchart TD\n  accTitle: Flow ${index}\n  accDescr: Synthetic flow ${index}\n  A${index}["Request ${index}"] --> B${index}{"Token valid?"}\n  B${index} -- Yes --> C${index}["Call /v1/users/${index}"]\n  B${index} -- No --> D${index}["Refresh token"] --> C${index}\n  C${index} --> E${index}(["Done ${index}"])\n  classDef step${index} fill:#e1f5fe\n  D${index}:::step${index}`;
    case 1:
      return `sequenceDiagram\n  accTitle: Sequence ${index}\n  participant App${index} as App ${index}\n  participant API as BlueRound API\n  App${index}->>API: GET /v1/users?limit=${index}\n  API-->>App${index}: 200 OK\n  Note over App${index},API: call ${index}`;
    default:
      return `stateDiagram-v2\n  accTitle: States ${index}\n  [*] --> Issued${index}\n  Issued${index} --> Active${index}\n  Active${index} --> Expired${index}: TTL ${index}\n  Expired${index} --> [*]`;
  }
}

export function syntheticDiagrams(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, i) => syntheticDiagram(offset + i));
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Prints rows as aligned columns under a header. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
