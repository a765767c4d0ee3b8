/**
 * npm run lint:claims — every API claim the docs make resolves against the
 * bundled spec, every policy number against policy/policy.ts, and every
 * architecture fact (services, zones, nodes, ports) against src/data/architecture.ts.
 *
 * Claims are read from the Markdown/MDX pages parsed with remark (prose, tables,
 * code samples), from their Mermaid diagrams parsed by Mermaid itself, and from
 * the sandbox console's scenarios. A claim that does not resolve fails with its
 * file, line and the nearest valid name. Coverage the other way is checked too:
 * every operation, error code, scope and header is explained in a guide, and
 * every error code is reached by a console scenario or a code sample.
 */
import { MermaidGraphReader } from '../../lib/diagrams/graph.ts';
import { checkArchitectureFacts } from './claims/arch-facts.ts';
import { coverageGaps } from './claims/coverage.ts';
import { checkClaims, type ClaimText, type Finding } from './claims/rules.ts';
import { contentFiles, diagramTexts, pageTexts, scenarioTexts } from './claims/sources.ts';
import { loadVocabulary } from './claims/vocabulary.ts';

export async function lintClaims(files = contentFiles()): Promise<{ findings: Finding[]; gaps: string[] }> {
  const vocabulary = await loadVocabulary();
  const reader = new MermaidGraphReader();
  const all: ClaimText[] = [];
  try {
    for (const file of files) {
      const { texts, diagrams } = pageTexts(file);
      all.push(...texts);
      for (const diagram of diagrams) all.push(...(await diagramTexts(file, diagram, reader)));
    }
  } finally {
    await reader.close();
  }
  all.push(...scenarioTexts());
  const findings = all.flatMap((claim) => [...checkClaims(claim, vocabulary), ...checkArchitectureFacts(claim)]);
  const guides = all.filter((t) => t.file.startsWith('src/content/docs/guides/'));
  const reaching = all.filter((t) => t.kind === 'scenario' || t.kind === 'code');
  return { findings, gaps: coverageGaps(vocabulary, guides, reaching) };
}

if (import.meta.main) {
  const { findings, gaps } = await lintClaims();
  for (const f of findings) console.error(`${f.file}:${f.line}: ${f.message}`);
  for (const gap of gaps) console.error(`coverage: ${gap}`);
  if (findings.length + gaps.length > 0) {
    console.error(`\n${findings.length} false claim(s), ${gaps.length} coverage gap(s).`);
    process.exit(1);
  }
  console.log('lint:claims: every API claim resolves against the spec and the policy; coverage complete.');
}
