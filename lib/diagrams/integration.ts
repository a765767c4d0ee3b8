import type { AstroIntegration } from 'astro';
import { diagramsInContent } from './collect.ts';
import { DiagramBuildError, annotateDiagramErrors, type DiagramError } from './rehype-diagrams.ts';
import { sharedDiagramService } from './render-diagram.ts';
import { renderingLine } from './font-line.ts';

/**
 * Astro's content layer logs a Markdown render error and carries on (exit 0),
 * and caches pages so a broken diagram may not even be re-rendered next time.
 * So before every build, every diagram in the content is checked through the
 * diagram cache (free when unchanged), and any failure stops the build with the
 * file, the fence's line and Mermaid's message.
 */
export function diagramCheck(): AstroIntegration {
  return {
    name: 'blueround:diagram-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'dev') {
          // A warm browser for the whole dev session: a diagram edit then costs one render.
          const service = sharedDiagramService();
          service
            .keepWarm()
            .then(() => logger.info(renderingLine(service.browserDescription)))
            .catch((error: unknown) => logger.warn(`diagram browser did not start: ${String(error)}`));
          return;
        }
        if (command !== 'build') return;
        const started = performance.now();
        const diagrams = diagramsInContent();
        const service = sharedDiagramService();
        const outcomes = await Promise.all(diagrams.map((diagram) => service.render(diagram.source)));
        const errors: DiagramError[] = [];
        outcomes.forEach((outcome, index) => {
          const diagram = diagrams[index]!;
          if (!outcome.ok) errors.push({ file: diagram.file, line: diagram.line, message: outcome.error });
        });
        if (errors.length > 0) {
          annotateDiagramErrors(errors);
          // Astro prints only part of a hook's error, so the details go through its logger first.
          const failure = new DiagramBuildError(errors);
          logger.error(failure.message);
          throw new Error(`${errors.length} Mermaid diagram(s) do not render; see above.`);
        }
        const rendered = service.browserRenders / 2;
        logger.info(renderingLine(service.browserDescription));
        logger.info(
          `${diagrams.length} diagrams checked in ${Math.round(performance.now() - started)} ms ` +
            `(${rendered} rendered, ${diagrams.length - rendered} from cache)`,
        );
      },
    },
  };
}
