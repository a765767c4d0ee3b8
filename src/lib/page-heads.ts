/**
 * Title and description of the pages built from code rather than Markdown (the
 * API reference and the two in-browser tools), kept once: each page's head and
 * its entry in /llms.txt read the same value, so the two cannot drift apart.
 */
import { firstSentence } from './reference/markdown.ts';
import type { ReferenceModel, TagModel } from './reference/model.ts';

export interface PageHead {
  title: string;
  description: string;
}

/** /sandbox/ */
export const sandboxConsoleHead: PageHead = {
  title: 'Sandbox console',
  description:
    'Run every documented API flow against a sandbox in your browser and watch each token request, retry and wait on a timeline and on the flowcharts.',
};

/** /reference/try/ */
export const apiClientHead: PageHead = {
  title: 'API client',
  description: 'Send requests to the BlueRound sandbox from your browser with an interactive API client.',
};

/** /reference/ */
export const referenceOverviewHead = (model: ReferenceModel): PageHead => ({
  title: 'API reference',
  description: `Every operation, parameter, schema, header and error code of the ${model.title}, generated from its OpenAPI description.`,
});

/** /reference/<tag>/ */
export const tagPageHead = (model: ReferenceModel, tag: TagModel): PageHead => ({
  title: `${tag.name} API`,
  description: tag.description ? firstSentence(tag.description) : `The ${tag.name} operations of the ${model.title}.`,
});

/** /reference/changelog/ */
export const changelogHead = (model: ReferenceModel): PageHead => ({
  title: 'API changelog',
  description: `Every change to the ${model.title}, newest first: what changed, which operations, and what to do about it.`,
});
