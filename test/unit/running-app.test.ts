import { expect } from 'chai';
import { localBaseUrl } from '../../server/neo4j/running-app';

describe('where `npm run ingest` reaches the running app', () => {
  it('reaches an app bound to every interface on loopback', () => {
    expect(localBaseUrl({ address: '0.0.0.0', port: 3000 })).to.equal('http://127.0.0.1:3000');
    expect(localBaseUrl({ address: '::', port: 3000 })).to.equal('http://[::1]:3000');
  });

  it('reaches an app bound to one address at that address, IPv6 in brackets', () => {
    expect(localBaseUrl({ address: '127.0.0.1', port: 7601 })).to.equal('http://127.0.0.1:7601');
    expect(localBaseUrl({ address: '::1', port: 7601 })).to.equal('http://[::1]:7601');
    expect(localBaseUrl({ address: '192.168.1.5', port: 80 })).to.equal('http://192.168.1.5:80');
  });
});
