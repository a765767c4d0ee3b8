/**
 * The only "Run in sandbox" code a page loads up front: it puts a button under
 * each runnable guide sample and, on the first click, imports the sandbox and
 * the runner. Guide plans come from a JSON script the build wrote, matched to
 * code blocks by their text (Expressive Code's copy button holds it).
 */
import type { RunPlan } from './plan.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function controls(plan: RunPlan): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'run-in-sandbox not-content';
  wrapper.innerHTML = `<div class="run-actions"><button type="button" class="run-button">Run in sandbox</button>
<a class="run-console" href="${base}sandbox/">Open the console</a></div>
<p class="run-summary sr-only" aria-live="polite"></p><div class="run-result"></div>`;
  wrapper.querySelector('button')!.dataset.runPlan = JSON.stringify(plan);
  return wrapper;
}

function attachGuideButtons(): void {
  const source = document.getElementById('run-in-sandbox-plans');
  if (!source?.textContent) return;
  const plans = new Map(Object.entries(JSON.parse(source.textContent) as Record<string, RunPlan>));
  for (const copy of document.querySelectorAll<HTMLElement>('.sl-markdown-content .expressive-code [data-code]')) {
    // Expressive Code stores line breaks as U+007F in the attribute.
    const plan = plans.get((copy.dataset.code ?? '').replaceAll('\u007f', '\n'));
    const block = copy.closest('.expressive-code');
    if (plan && block && !block.nextElementSibling?.classList.contains('run-in-sandbox')) block.after(controls(plan));
  }
}

async function run(button: HTMLButtonElement): Promise<void> {
  const wrapper = button.closest<HTMLElement>('.run-in-sandbox')!;
  const result = wrapper.querySelector<HTMLElement>('.run-result')!;
  const summary = wrapper.querySelector<HTMLElement>('.run-summary')!;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  summary.textContent = 'Running in the sandbox…';
  const [{ runPlan }, view] = await Promise.all([import('./runner.ts'), import('./result-view.ts')]);
  try {
    view.showResults(result, summary, await runPlan(JSON.parse(button.dataset.runPlan!) as RunPlan, base));
  } catch (error) {
    view.showError(result, summary, error);
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}

attachGuideButtons();
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-run-plan]');
  if (button) void run(button);
});
