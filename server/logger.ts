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

export function createLogger(level: string, name = 'readout'): Logger {
  return pino({ name, level, redact: { paths: REDACT, censor: '[redacted]' } });
}
