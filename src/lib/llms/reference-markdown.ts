/** The API reference pages as Markdown, from the same model as the HTML pages. */
import type { OperationModel, ReferenceModel, TagModel } from '../reference/model.ts';
import { sampleRequest, sampleResponse } from '../reference/sample-request.ts';
import { requestSamples } from '../reference/samples.ts';

const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``;

function operationMarkdown(operation: OperationModel): string {
  const lines = [`## ${operation.summary}`, '', `\`${operation.method.toUpperCase()} ${operation.path}\``, ''];
  if (operation.deprecated) lines.push('**Deprecated.**', '');
  if (operation.scopes.length > 0)
    lines.push(`Scopes: ${operation.scopes.map((scope) => `\`${scope}\``).join(', ')}`, '');
  if (operation.description) lines.push(operation.description.trim(), '');
  if (operation.parameters.length > 0) {
    lines.push('### Parameters', '');
    for (const parameter of operation.parameters) {
      const about = parameter.schema.description?.replace(/\s+/g, ' ').trim();
      lines.push(
        `- \`${parameter.name}\` (${parameter.in}${parameter.required ? ', required' : ''})${about ? `: ${about}` : ''}`,
      );
    }
    lines.push('');
  }
  const response = sampleResponse(operation);
  lines.push('### Request sample', '');
  for (const sample of requestSamples(sampleRequest(operation), { emptyResponse: !response.body })) {
    lines.push(`**${sample.label}**`, '', fence(sample.lang, sample.code), '');
  }
  lines.push('### Responses', '');
  for (const answer of operation.responses) {
    lines.push(`- \`${answer.status}\` ${answer.statusText}: ${answer.description.replace(/\s+/g, ' ').trim()}`);
  }
  lines.push('', `Response sample (${response.status} ${response.statusText}):`, '');
  lines.push(response.body ? fence('json', response.body) : 'No body.', '');
  return lines.join('\n');
}

/** `title`: the tag page's own title, so the twin is headed like the page. */
export function tagMarkdown(tag: TagModel, title: string): string {
  const parts = [`# ${title}`, ''];
  if (tag.description) parts.push(tag.description.trim(), '');
  parts.push(...tag.operations.map(operationMarkdown));
  return `${parts.join('\n').trim()}\n`;
}

export function referenceOverviewMarkdown(
  model: ReferenceModel,
  title: string,
  tagUrl: (tag: TagModel) => string,
): string {
  const parts = [`# ${title}`, '', `${model.title}, version ${model.version}.`, ''];
  if (model.description) parts.push(model.description.trim(), '');
  parts.push(
    '## Servers',
    '',
    ...model.servers.map((server) => `- ${server.description ?? 'Server'}: \`${server.url}\``),
    '',
  );
  parts.push('## Operations', '');
  for (const tag of model.tags) {
    parts.push(`### [${tag.name}](${tagUrl(tag)})`, '');
    for (const operation of tag.operations)
      parts.push(`- \`${operation.method.toUpperCase()} ${operation.path}\`: ${operation.summary}`);
    parts.push('');
  }
  return `${parts.join('\n').trim()}\n`;
}
