import type { ViteUserConfig } from 'astro';

/**
 * Astro 7 + MDX makes Vite warn about its own `"use astro:head-inject"` marker
 * (withastro/astro#18087, harmless). Drop exactly that warning so a clean build
 * prints none and any new warning stands out.
 */
interface Warning {
  code?: string;
  message: string;
}

export function isKnownHarmlessWarning(warning: Warning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject');
}

export const viteQuietKnownWarnings: ViteUserConfig = {
  build: {
    rolldownOptions: {
      onLog(level, log, defaultHandler) {
        if (level === 'warn' && isKnownHarmlessWarning(log)) return;
        defaultHandler(level, log);
      },
    },
  },
};
