import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** gzip bytes of the HTML document itself (inline SVG diagrams included). */
  html: number;
  /** gzip bytes of JavaScript run on first load: external modules, their static imports, inline scripts. */
  js: number;
  css: number;
  images: number;
  total: number;
}

const gzip = (text: string | Buffer) => gzipSync(text).length;

/**
 * What a browser downloads to show a built page, measured from dist/ without a
 * browser: the HTML, render-blocking CSS, module scripts and everything they
 * import statically (dynamic `import()` is on demand, so it is not counted),
 * inline scripts, and eagerly loaded images.
 */
export function pageWeight(distDir: string, htmlFile: string, base = '/'): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const fileFor = (url: string) =>
    join(distDir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));
  const seenJs = new Set<string>();
  let js = 0;
  const addModule = (file: string) => {
    if (seenJs.has(file) || !existsSync(file)) return;
    seenJs.add(file);
    const code = readFileSync(file, 'utf8');
    js += gzip(code);
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      addModule(join(file, '..', match[1]!));
    }
  };
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) addModule(fileFor(match[1]!));
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    addModule(fileFor(match[1]!));
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (match[1]!.trim()) js += gzip(match[1]!);
  }
  let css = 0;
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    if (/media="print"/.test(match[0])) continue;
    const href = /href="([^"]+)"/.exec(match[0])?.[1];
    if (href && existsSync(fileFor(href))) css += gzip(readFileSync(fileFor(href)));
  }
  let images = 0;
  for (const match of html.matchAll(/<img\b[^>]*>/g)) {
    if (/loading="lazy"/.test(match[0])) continue;
    const src = /src="([^"]+)"/.exec(match[0])?.[1];
    if (src && !src.startsWith('data:') && existsSync(fileFor(src))) images += readFileSync(fileFor(src)).length;
  }
  const htmlBytes = gzip(html);
  return { html: htmlBytes, js, css, images, total: htmlBytes + js + css + images };
}
