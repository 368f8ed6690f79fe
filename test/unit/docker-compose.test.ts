import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENVIRONMENT_VARIABLES, parseConfig, REPO_ROOT } from '../../server/config';

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(fs.readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
};

/** What docker compose would pass: ${VAR:-default} replaced by its default. */
function interpolate(value: string): string {
  return String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community image with auth, a health check and volumes', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).to.equal('neo4j:5.26-community');
    expect(neo4j.environment).to.have.property('NEO4J_AUTH');
    expect(neo4j.healthcheck?.test.join(' ')).to.match(/cypher-shell/);
  });

  it('gives the app only variables that server/config.ts reads, and they validate', () => {
    const app = compose.services.app;
    const known = ENVIRONMENT_VARIABLES;
    const env = Object.fromEntries(Object.entries(app.environment ?? {}).map(([k, v]) => [k, interpolate(v)]));
    for (const key of Object.keys(env)) expect(known, `unknown variable ${key}`).to.include(key);
    const config = parseConfig(env);
    expect(config.neo4j.external?.uri).to.equal('bolt://neo4j:7687');
    expect(config.neo4j.external?.password).to.equal(
      interpolate(compose.services.neo4j.environment!.NEO4J_AUTH).split('/')[1],
    );
    expect(app.depends_on?.neo4j.condition).to.equal('service_healthy');
  });

  it('lists every variable config.ts reads in .env.example and the README', () => {
    const example = fs.readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const key of ENVIRONMENT_VARIABLES) {
      expect(example, key).to.include(key);
      expect(readme, key).to.include(key);
    }
  });
});
