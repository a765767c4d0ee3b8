import * as arch from '../../../src/data/architecture.ts';
import type { ClaimText, Finding } from './rules.ts';

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const asNumber = (word: string) => (/^\d+$/.test(word) ? Number(word) : numberWords.indexOf(word.toLowerCase()));

/**
 * Architecture facts several pages state (src/data/architecture.ts). A page may
 * print them through `{{arch.…}}` or write the same value; another value fails.
 */
const factClaims: { pattern: RegExp; expected: number[]; fact: string }[] = [
  { pattern: /\b(\w+) core services\b/gi, expected: [arch.coreServices.length], fact: 'coreServices' },
  { pattern: /\b(\w+) availability zones\b/gi, expected: [arch.availabilityZones.length], fact: 'availabilityZones' },
  {
    pattern: /\b(\d+)-node Redis\b|\bRedis cluster \((\d+)-node\)|\bRedis cluster \(×(\d+)\)/gi,
    expected: [arch.redisClusterNodes],
    fact: 'redisClusterNodes',
  },
  {
    pattern: /\bAPI nodes \(×(\d+)\)|\b(\w+) API nodes\b/gi,
    expected: [arch.availabilityZones.length * arch.apiNodesPerZone],
    fact: 'apiNodesPerZone × zones',
  },
  { pattern: /\bauto-scales? to (?:×)?(\d+)\b/gi, expected: [arch.apiNodesMax], fact: 'apiNodesMax' },
  // Not a command-line flag such as the local sandbox's `--port 4020`.
  { pattern: /(?<!-)\bports? (\d{2,5})\b/gi, expected: Object.values(arch.ports), fact: 'ports' },
];

export function checkArchitectureFacts(claim: ClaimText): Finding[] {
  if (claim.kind === 'code' || claim.kind === 'scenario') return [];
  const findings: Finding[] = [];
  for (const { pattern, expected, fact } of factClaims) {
    for (const match of claim.text.matchAll(pattern)) {
      const raw = match.slice(1).find((group) => group !== undefined);
      if (raw === undefined) continue;
      const value = asNumber(raw);
      if (value < 0 || expected.includes(value)) continue;
      const line = claim.line + (claim.text.slice(0, match.index).match(/\n/g)?.length ?? 0);
      findings.push({
        file: claim.file,
        line,
        message: `"${match[0]}" contradicts src/data/architecture.ts (${fact}: ${expected.join(', ')}); write the {{arch.…}} placeholder`,
      });
    }
  }
  return findings;
}
