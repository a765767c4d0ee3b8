/**
 * Mounts Scalar's API reference and client on /reference/try/. Everything
 * heavy is imported here, on demand, so the static reference pages never
 * download it.
 */
import type { Oas3_1Definition, Oas3Operation } from '@redocly/openapi-core';
import { operations } from '../../../openapi/operations.ts';
import { createRefResolver, resolveAny } from '../../../openapi/refs.ts';
import { apiClientHash } from '../../lib/reference/slugs.ts';
import { followStarlightTheme, starlightColorMode } from './color-mode.ts';
import { mountSignedIn } from './mount-signed-in.ts';
import { revealResponse } from './reveal-response.ts';
import { sandboxSignIn } from './sandbox-sign-in.ts';
import { fullAccessApp, sandboxServer, scalarConfiguration } from './scalar-config.ts';
import { startSandbox } from './start-sandbox.ts';

/** Scalar's hash for an operation, or undefined when the spec has no such operationId. */
export function operationHash(spec: Oas3_1Definition, operationId: string): string | undefined {
  const found = operations<Oas3Operation>(spec, resolveAny(createRefResolver(spec))).find(
    ({ operation }) => operation.operationId === operationId,
  );
  const tag = found?.operation.tags?.[0];
  return tag ? apiClientHash(tag, operationId) : undefined;
}

function whenPresent(root: ParentNode, selector: string, timeoutMs: number): Promise<Element | undefined> {
  return new Promise((resolve) => {
    const found = root.querySelector(selector);
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const element = root.querySelector(selector);
      if (element) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(element);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(undefined);
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/** Opens Scalar's request modal on one operation, the way its own "Test Request" button does. */
async function openClientOn(scalarId: string): Promise<void> {
  const section = await whenPresent(document, `[id="${CSS.escape(scalarId)}"]`, 15_000);
  const button = section && (await whenPresent(section, '.show-api-client-button', 15_000));
  if (button instanceof HTMLElement) button.click();
}

/**
 * A reader who followed "Try it" (or reloads a client URL) asked for the
 * client; anyone else gets a button first, so ~1 MB of JavaScript loads only
 * when wanted.
 */
export function wantsClientNow(url: URL): boolean {
  return url.searchParams.has('operation') || url.hash.length > 1;
}

export async function mountApiClient(host: HTMLElement): Promise<void> {
  const status = host.querySelector<HTMLElement>('[data-api-client-status]');
  const { specUrl, base } = host.dataset;
  if (!specUrl || !base) throw new Error('The API client host needs data-spec-url and data-base.');
  host.dataset['state'] = 'loading';
  if (status) status.textContent = 'Loading the API client…';
  try {
    const [spec, { createApiReference }] = await Promise.all([
      fetch(specUrl).then((response) => {
        if (!response.ok) throw new Error(`${specUrl} answered ${response.status}`);
        return response.json() as Promise<Oas3_1Definition>;
      }),
      import('@scalar/api-reference'),
      import('@scalar/api-reference/style.css'),
      startSandbox(base),
    ]);

    const operationId = new URLSearchParams(location.search).get('operation');
    const hash = operationId ? operationHash(spec, operationId) : undefined;
    // Scalar routes by hash; hand it the operation and drop the query so a reload does not reopen the modal.
    if (hash) history.replaceState(history.state, '', `${location.pathname}#${hash}`);

    const mountPoint = document.createElement('div');
    host.append(mountPoint);
    followStarlightTheme();
    const signIn = sandboxSignIn(sandboxServer(spec).url, fullAccessApp());
    await mountSignedIn(
      mountPoint,
      () => ({ ...scalarConfiguration(spec, starlightColorMode()), onRequestSent: () => revealResponse() }),
      signIn,
      createApiReference,
    );
    status?.replaceChildren();
    host.dataset['state'] = 'ready';
    if (hash) await openClientOn(`blueround/${hash}`);
  } catch (error) {
    if (status)
      status.textContent = 'The API client could not load. The reference pages still describe every operation.';
    host.dataset['state'] = 'failed';
    throw error;
  }
}
