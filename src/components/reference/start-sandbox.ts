/**
 * The one hook between the API client and the in-browser sandbox. It must
 * resolve before Scalar mounts, so the first "Send" to
 * https://sandbox.blueround.test is already answered by the service worker.
 * The sandbox (MSW and its handlers) is imported here, on demand, so it ships
 * with the API client and never with the reference pages.
 */
export async function startSandbox(base: string): Promise<void> {
  const { startBrowserSandbox } = await import('../../../sandbox/browser.ts');
  await startBrowserSandbox({ base });
}
