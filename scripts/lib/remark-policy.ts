import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { policyText } from '../../sandbox/policy.ts';
import { lineOf, relativeToCwd } from './source-position.ts';

/** `{{policy.name}}`, or `{{raw:policy.name}}` to print the placeholder itself (the writers' guide does). */
const placeholder = /\{\{\s*(raw:)?policy\.([A-Za-z]+)\s*\}\}/g;

/** Replaces `{{policy.name}}` in a string; unknown names are collected. */
export function fillPolicy(text: string, unknown: string[]): string {
  return text.replace(placeholder, (whole, raw: string | undefined, name: string) => {
    if (raw) return `{{policy.${name}}}`;
    const value = policyText[name];
    if (value === undefined) {
      unknown.push(name);
      return whole;
    }
    return value;
  });
}

/** An unknown `{{policy.name}}`: carries its position and a hint for the dev server's error box. */
export class PolicyError extends Error {
  readonly file: string;
  readonly line: number;
  readonly hint = 'Use one of the known names listed above, or add the value to sandbox/policy.ts first.';
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'PolicyError';
    this.file = file;
    this.line = line;
  }
}

/**
 * Fills `{{policy.name}}` placeholders in prose, inline code and code blocks
 * (Mermaid and samples included) from sandbox/policy.ts, and fails the build on
 * an unknown name, so the docs can never print a number the sandbox does not use.
 */
export default function remarkPolicy() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return;
      if (!node.value.includes('{{')) return;
      const unknown: string[] = [];
      node.value = fillPolicy(node.value, unknown);
      if (unknown.length > 0) {
        const line = lineOf(file.path, `{{policy.${unknown[0]}`) ?? node.position?.start.line ?? 1;
        throw new PolicyError(
          relativeToCwd(file.path),
          line,
          `unknown policy value {{policy.${unknown[0]}}}. Known: ${Object.keys(policyText).join(', ')} (sandbox/policy.ts).`,
        );
      }
    });
  };
}
