import { optimize, type Config } from 'svgo';

/**
 * Conservative SVGO settings for Mermaid output. Mermaid's labels live in
 * <foreignObject> HTML and its CSS targets ids and classes, so the plugins that
 * rename ids, inline or prune styles, or drop "unknown" elements would break
 * text or colours; everything else (number precision, path data, whitespace)
 * is safe and is where the bytes are.
 */
const svgoConfig: Config = {
  multipass: true,
  floatPrecision: 2,
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          cleanupIds: false,
          inlineStyles: false,
          minifyStyles: false,
          removeUnknownsAndDefaults: false,
          removeHiddenElems: false,
          convertShapeToPath: false,
          mergePaths: false,
          removeDesc: false,
          collapseGroups: false,
          moveElemsAttrsToGroup: false,
          moveGroupAttrsToElems: false,
        },
      },
    },
  ],
};

export function optimizeSvg(svg: string): string {
  return optimize(svg, svgoConfig).data;
}
