import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { markdownPages } from '../lib/llms/pages.ts';

/** The Markdown twin of every page: `/guides/quickstart/` is also `/guides/quickstart.md`. */
export const getStaticPaths = (async () =>
  (await markdownPages()).map((page) => ({
    params: { twin: page.twin.slice(1, -'.md'.length) },
    props: { markdown: page.markdown },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as InferGetStaticPropsType<typeof getStaticPaths>).markdown, {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
