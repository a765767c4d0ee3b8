/**
 * `npm run sandbox`: the sandbox over HTTP on 127.0.0.1 (loopback only), port
 * 4010 or $PORT, with the same handlers as the browser and Node sandboxes.
 */
import { createSandbox } from './handlers/index.ts';
import { createSandboxHttpServer } from './http-adapter.ts';

const port = Number(process.env['PORT'] ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be an integer from 0 to 65535, not ${process.env['PORT'] ?? ''}`);
  process.exit(1);
}

const { handlers, engine } = createSandbox();
const server = createSandboxHttpServer(handlers, engine);

server.on('error', (error) => {
  console.error(`BlueRound sandbox could not listen on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`BlueRound sandbox listening on http://127.0.0.1:${actual} — Ctrl+C to stop`);
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
