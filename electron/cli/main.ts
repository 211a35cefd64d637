import { runCli } from './cli';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`forteckna: ${(error as Error).message ?? String(error)}\n`);
    process.exit(1);
  },
);
