/**
 * The one hook between the API client and the in-browser sandbox: it must
 * resolve before Scalar mounts, so the first "Send" to
 * https://sandbox.blueround.test is already answered by the service worker.
 *
 * `sandbox/browser.ts` (MSW's worker) is built separately; the glob finds it
 * when it is in the tree and is empty otherwise, so this file needs no edit
 * when the sandbox lands. Without it, requests fail like any unreachable host.
 */
interface BrowserSandbox {
  startBrowserSandbox: (options: { base: string }) => Promise<void>;
}

const sandboxModules = import.meta.glob<BrowserSandbox>('/sandbox/browser.ts');

export async function startSandbox(base: string): Promise<boolean> {
  const load = sandboxModules['/sandbox/browser.ts'];
  if (!load) return false;
  const { startBrowserSandbox } = await load();
  await startBrowserSandbox({ base });
  return true;
}
