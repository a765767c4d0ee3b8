import { packageVersion } from '../package-dir.ts';
import { diagramFont } from './font.ts';

/** The one line a build prints about what drew its diagrams: fonts change their geometry. */
export function renderingLine(browser: string | null): string {
  const font = `${diagramFont.family} (${diagramFont.package}@${packageVersion(diagramFont.package)}, ${diagramFont.stylesheet})`;
  return `diagrams drawn by ${browser ?? 'no browser (all from cache)'}; font ${font}`;
}
