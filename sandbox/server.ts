/**
 * `npm run sandbox` and `npx @blueround/sandbox` (the package's bin, built
 * from this file): the sandbox over HTTP on 127.0.0.1:4010 by default, with
 * the same handlers as the browser and Node sandboxes. Options: cli-options.ts.
 */
import { CliUsageError, parseCliOptions, usage } from './cli-options.ts';
import { createSandbox } from './handlers/index.ts';
import { createSandboxHttpServer } from './http-adapter.ts';

let options;
try {
  options = parseCliOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof CliUsageError)) throw error;
  console.error(`blueround-sandbox: ${error.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const { port, host } = options;

const { handlers, engine } = createSandbox();
const server = createSandboxHttpServer(handlers, engine);

const origin = (listeningPort: number) => `http://${host.includes(':') ? `[${host}]` : host}:${listeningPort}`;

server.on('error', (error) => {
  console.error(`BlueRound sandbox could not listen on ${origin(port)}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`BlueRound sandbox listening on ${origin(actual)} — Ctrl+C to stop`);
});

function stop(signal: NodeJS.Signals) {
  // Stop accepting, drop idle keep-alive sockets, and exit once in-flight requests are answered.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    console.error(`BlueRound sandbox: forcing exit after ${signal}`);
    server.closeAllConnections();
    process.exit(0);
  }, 2000).unref();
}

process.once('SIGINT', stop);
process.once('SIGTERM', stop);
