/**
 * Mounts Scalar signed in as the full-access sandbox app (issue: the first
 * Send went out with an empty bearer token and got 401).
 *
 * - Before mounting, the page obtains a token and puts it in the
 *   configuration, so Scalar's auth panel shows it as set.
 * - Each request that still carries that token gets one valid on the
 *   sandbox's virtual clock (renewed when the clock has passed its expiry),
 *   and the panel then shows the renewed one.
 * - Once the reader authorizes, refreshes, types or clears a token, the page
 *   steps aside: it drops its token and leaves their requests alone.
 */
import type { createApiReference } from '@scalar/api-reference';
import type { SandboxSignIn } from './sandbox-sign-in.ts';
import type { ScalarConfiguration } from './scalar-config.ts';
import { readerTookOver, signInScheme, withSandboxTokens, type SandboxTokens } from './scalar-sign-in.ts';

type CreateApiReference = typeof createApiReference;
type ApiReferencePlugin = NonNullable<ScalarConfiguration['plugins']>[number];
type PluginHooks = NonNullable<ReturnType<ApiReferencePlugin>['hooks']>;
type PluginAuthState = Parameters<NonNullable<PluginHooks['onInit']>>[0]['auth'];

/** Interactions after which Scalar's auth store may hold the reader's own token. */
const authInteractions = ['click', 'input', 'change', 'keyup'] as const;

export async function mountSignedIn(
  mountPoint: HTMLElement,
  configuration: () => ScalarConfiguration,
  signIn: SandboxSignIn,
  create: CreateApiReference,
): Promise<void> {
  let shown: SandboxTokens | undefined = await signIn.tokens().catch((error: unknown) => {
    // The client still works without it: "Authorize" asks the sandbox again.
    console.warn('The API client could not sign in to the sandbox; use Authorize.', error);
    return undefined;
  });
  let auth: PluginAuthState | undefined;
  // Scalar hands plugins a read-only view of its auth store; this plugin only keeps it.
  const authReader: ApiReferencePlugin = () => ({
    name: 'blueround-sandbox-sign-in',
    extensions: [],
    hooks: { onInit: ({ auth: state }) => void (auth = state) },
  });

  const configure = (): ScalarConfiguration =>
    withSandboxTokens(
      {
        ...configuration(),
        plugins: [authReader],
        onRequestBuilt: async ({ request }) => {
          if (!shown || request.headers.get('Authorization') !== `Bearer ${shown.accessToken}`) return;
          const current = await signIn.tokens();
          request.headers.set('Authorization', `Bearer ${current.accessToken}`);
          if (current.accessToken === shown.accessToken) return;
          shown = current;
          instance.updateConfiguration(configure());
        },
      },
      shown,
    );

  const instance = create(mountPoint, configure());
  const slug = configuration().slug ?? '';

  const stepAsideIfTakenOver = () => {
    if (!shown || !readerTookOver(auth?.getAuthSecrets(slug, signInScheme), shown.accessToken)) return;
    shown = undefined;
    instance.updateConfiguration(configure());
  };
  for (const type of authInteractions) {
    // The client modal is not inside the mount point, so listen on the document; Scalar updates its store first.
    document.addEventListener(type, () => setTimeout(stepAsideIfTakenOver), { capture: true, passive: true });
  }
}
