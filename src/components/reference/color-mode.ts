import type { ColorMode } from './scalar-config.ts';

/** The theme Starlight resolved (its "auto" already follows the system). */
export function starlightColorMode(root: HTMLElement = document.documentElement): ColorMode {
  return root.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/**
 * Scalar reads its color mode once, at mount, and marks it as `dark-mode` /
 * `light-mode` classes on <body>. Starlight's picker only changes
 * `html[data-theme]`, so keep the body classes in step with it, including
 * when a lazily mounted part of Scalar (its client modal) sets its own.
 */
export function followStarlightTheme(root: HTMLElement = document.documentElement, body: HTMLElement = document.body) {
  const apply = () => {
    const mode = starlightColorMode(root);
    if (
      body.classList.contains(`${mode}-mode`) &&
      !body.classList.contains(`${mode === 'dark' ? 'light' : 'dark'}-mode`)
    ) {
      return;
    }
    body.classList.toggle('dark-mode', mode === 'dark');
    body.classList.toggle('light-mode', mode === 'light');
  };
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  observer.observe(body, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}
