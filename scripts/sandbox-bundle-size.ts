/**
 * Bundles sandbox/browser.ts the way a page would load it (ESM, minified, for
 * browsers) and prints its size raw and gzipped. Run: npm run size:sandbox
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const result = await build({
  entryPoints: ['sandbox/browser.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
const inputs = Object.entries(result.metafile.outputs)[0]?.[1].inputs ?? {};
const byPackage = new Map<string, number>();
for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
  const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'sandbox (own code + generated validators)';
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}
console.log(
  `sandbox/browser.ts bundle: ${code.byteLength} bytes minified, ${gzipSync(code, { level: 9 }).byteLength} bytes gzipped`,
);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8))
  console.log(`  ${String(bytes).padStart(7)}  ${name}`);
