import pino from 'pino';

export type Logger = pino.Logger;

/** Credentials must never reach a log line, whatever object a caller hands over. */
const REDACT = [
  'password',
  '*.password',
  'auth',
  '*.auth',
  'credentials',
  '*.credentials',
  'req.headers.authorization',
];

/** JSON lines for machines; readable lines when a person watches the terminal. */
export function createLogger(level: string, name = 'readout', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = { name, level, redact: { paths: REDACT, censor: '[redacted]' } };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY && level !== 'silent') {
    return pino(
      options,
      // Loaded only for a terminal: services and tests log plain JSON and never load it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('pino-pretty')({ colorize: true, ignore: 'pid,hostname,name', translateTime: 'HH:MM:ss' }),
    );
  }
  return pino(options);
}
