import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../support/database.js';

const database = testDatabase();
const marker = `bolt-test-${process.pid}-${Date.now()}`;

afterAll(async () => {
  await database.write([{ cypher: 'MATCH (n:BoltProbe {marker: $marker}) DETACH DELETE n', params: { marker } }]);
  await database.close();
});

describe('Neo4j over Bolt', () => {
  it('writes a node and reads it back with its types converted at the boundary', async () => {
    await database.write([
      {
        cypher: 'CREATE (:BoltProbe {marker: $marker, count: 42, on: date("2019-01-11"), name: $name})',
        params: { marker, name: 'Lại Thanh Sơn' },
      },
    ]);
    const rows = await database.read({
      cypher: 'MATCH (n:BoltProbe {marker: $marker}) RETURN n.count AS count, n.on AS on, n.name AS name',
      params: { marker },
    });
    expect(rows).toEqual([{ count: 42, on: '2019-01-11', name: 'Lại Thanh Sơn' }]);
  });

  it('cleans up what it wrote', async () => {
    await database.write([{ cypher: 'MATCH (n:BoltProbe {marker: $marker}) DETACH DELETE n', params: { marker } }]);
    const rows = await database.read({ cypher: 'MATCH (n:BoltProbe {marker: $marker}) RETURN count(n) AS n', params: { marker } });
    expect(rows).toEqual([{ n: 0 }]);
  });
});
