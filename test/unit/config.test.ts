import { expect } from 'chai';
import path from 'node:path';
import { ConfigError, parseConfig, REPO_ROOT } from '../../server/config';

describe('config', () => {
  it('defaults to the embedded Neo4j and port 3000', () => {
    const config = parseConfig({});
    expect(config.neo4j.external).to.equal(null);
    expect(config.http.port).to.equal(3000);
    expect(config.neo4j.embedded.boltPort).to.equal(7687);
    expect(config.neo4j.embedded.dataDir).to.equal(path.join(REPO_ROOT, '.readout/data'));
    expect(config.seeding.onEmpty).to.equal(true);
  });

  it('uses an external server when NEO4J_URI is set, routing URIs included', () => {
    const config = parseConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'news',
    });
    expect(config.neo4j.external).to.deep.equal({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: 'news',
    });
  });

  it('fails fast with every problem named', () => {
    let message = '';
    try {
      parseConfig({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_EMPTY: 'maybe' });
    } catch (error) {
      expect(error).to.be.instanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).to.match(/PORT/);
    expect(message).to.match(/NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/);
    expect(message).to.match(/SEED_ON_EMPTY/);
  });

  it('requires a password for an external server', () => {
    expect(() => parseConfig({ NEO4J_URI: 'bolt://db:7687' })).to.throw(ConfigError, /NEO4J_PASSWORD: is required/);
  });

  it('treats empty variables as unset, as docker-compose passes them', () => {
    expect(parseConfig({ NEO4J_URI: '', PORT: '' }).neo4j.external).to.equal(null);
  });
});
