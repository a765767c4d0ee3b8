import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { policyText } from '../../policy/policy.ts';
import { archText } from '../../src/data/architecture.ts';
import { lineOf, relativeToCwd } from '../source-position.ts';

/** Each placeholder namespace and the module that holds its values. */
const sources: Readonly<Record<string, { values: Readonly<Record<string, string>>; file: string }>> = {
  policy: { values: policyText, file: 'policy/policy.ts' },
  arch: { values: archText, file: 'src/data/architecture.ts' },
};

/**
 * `{{policy.name}}` or `{{arch.name}}`; `{{raw:policy.name}}` prints the
 * placeholder itself (the writers' guide does).
 */
const placeholder = /\{\{\s*(raw:)?(policy|arch)\.([A-Za-z]+)\s*\}\}/g;

/** Replaces placeholders in a string; unknown ones are collected as `namespace.name`. */
export function fillPolicy(text: string, unknown: string[]): string {
  return text.replace(placeholder, (whole, raw: string | undefined, namespace: string, name: string) => {
    if (raw) return `{{${namespace}.${name}}}`;
    const value = sources[namespace]?.values[name];
    if (value === undefined) {
      unknown.push(namespace === 'policy' ? name : `${namespace}.${name}`);
      return whole;
    }
    return value;
  });
}

/** An unknown `{{policy.name}}`: carries its position and a hint for the dev server's error box. */
export class PolicyError extends Error {
  readonly file: string;
  readonly line: number;
  readonly hint =
    'Use one of the known names listed above, or add the value to policy/policy.ts (behaviour) or src/data/architecture.ts (architecture) first.';
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PolicyError';
    this.file = file;
    this.line = line;
  }
}

function describeUnknown(entry: string): { shown: string; known: string } {
  const [namespace, name] = entry.includes('.') ? entry.split('.') : ['policy', entry];
  const source = sources[namespace ?? 'policy'] ?? sources.policy!;
  return {
    shown: `{{${namespace}.${name}}}`,
    known: `${Object.keys(source.values).join(', ')} (${source.file})`,
  };
}

/**
 * Fills `{{policy.name}}` (policy/policy.ts) and `{{arch.name}}`
 * (src/data/architecture.ts) placeholders in prose, inline code and code blocks
 * (Mermaid and samples included), and fails the build on an unknown name, so the
 * docs can never print a number the sandbox does not use or an architecture fact
 * another page states differently.
 */
export default function remarkPolicy() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return;
      if (!node.value.includes('{{')) return;
      const unknown: string[] = [];
      node.value = fillPolicy(node.value, unknown);
      if (unknown.length > 0) {
        const { shown, known } = describeUnknown(unknown[0]!);
        const line = lineOf(file.path, shown.slice(0, -2)) ?? node.position?.start.line ?? 1;
        const kind = shown.startsWith('{{arch.') ? 'architecture fact' : 'policy value';
        throw new PolicyError(relativeToCwd(file.path), line, `unknown ${kind} ${shown}. Known: ${known}.`);
      }
    });
  };
}
