/**
 * The explorer's logic apart from the browser: its URLs, the timeline's bars, gaps and overlaps, and the graph
 * built from a Neighbours answer (facts as edges; a presentation as a node joining its parties).
 */
import { describe, expect, it } from 'vitest';
import { addNeighbours, GraphModel } from '../../src/explore/client/graph.js';
import { csvField, gridCsv, gridCsvName, type Grid } from '../../src/explore/client/gridCsv.js';
import { DEFAULT_GRID, formatRoute, parseRoute, type Route } from '../../src/explore/client/route.js';
import { axisFor, coverage, percentOf, tenureBar } from '../../src/explore/client/timeline.js';
import type { NeighboursQuery } from '../../src/explore/generated/graphql.js';

describe('routes', () => {
  const routes: [Route, string][] = [
    [{ view: 'home', lang: 'vi' }, '#/'],
    [{ view: 'home', lang: 'en' }, '#/?lang=en'],
    [{ view: 'entity', id: 'person:lai-thanh-son', hops: 1, lang: 'vi' }, '#/entity/person:lai-thanh-son'],
    [{ view: 'entity', id: 'position:thu-tuong-chinh-phu', hops: 2, lang: 'en' }, '#/entity/position:thu-tuong-chinh-phu?hops=2&lang=en'],
    [{ view: 'path', from: 'person:a', to: 'org:b', lang: 'vi' }, '#/path?from=person:a&to=org:b'],
    [
      { view: 'grid', role: 'role:bi-thu-tinh-uy', from: 2010, to: 2020, day: '01-01', lang: 'en' },
      '#/grid?role=role:bi-thu-tinh-uy&from=2010&to=2020&day=01-01&lang=en',
    ],
  ];
  it.each(routes)('%o is %s and back', (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseRoute(hash)).toEqual(route);
  });

  it('keeps ids with reserved characters intact', () => {
    const route: Route = { view: 'entity', id: 'person:a/b?c#d', hops: 1, lang: 'vi' };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('gives a grid the default role, years and day for what the URL leaves out or garbles', () => {
    expect(parseRoute('#/grid')).toEqual({ view: 'grid', ...DEFAULT_GRID, lang: 'vi' });
    expect(parseRoute('#/grid?from=20x6&to=2019&day=7-1')).toEqual({ view: 'grid', ...DEFAULT_GRID, to: 2019, lang: 'vi' });
  });

  it('falls back to the overview for anything else', () => {
    expect(parseRoute('#/nowhere')).toEqual({ view: 'home', lang: 'vi' });
    expect(parseRoute('#/entity/%E0%A4%A')).toEqual({ view: 'home', lang: 'vi' });
  });
});

describe('tenure bars', () => {
  it('draws an attested-only tenure as one certain day, possible five years either side, open at both ends', () => {
    expect(
      tenureBar({
        startDate: null,
        endDate: null,
        certainFrom: '2019-01-11',
        certainTo: '2019-01-11',
        possibleFrom: '2014-01-11',
        possibleTo: '2024-01-11',
      }),
    ).toEqual({
      certain: { from: '2019-01-11', to: '2019-01-11' },
      possible: [
        { from: '2014-01-11', to: '2019-01-11' },
        { from: '2019-01-11', to: '2024-01-11' },
      ],
      openStart: true,
      openEnd: true,
    });
  });

  it('draws known bounds as certain and closed', () => {
    expect(
      tenureBar({
        startDate: '2016-05-01',
        endDate: '2021-04-30',
        certainFrom: '2016-05-01',
        certainTo: '2021-04-30',
        possibleFrom: '2016-05-01',
        possibleTo: '2021-04-30',
      }),
    ).toEqual({
      certain: { from: '2016-05-01', to: '2021-04-30' },
      possible: [],
      openStart: false,
      openEnd: false,
    });
  });

  it('draws a tenure with no certain day (a start known to the year only) as possible throughout', () => {
    const bar = tenureBar({ possibleFrom: '2016-01-01', possibleTo: '2021-12-31' });
    expect(bar).toEqual({ certain: null, possible: [{ from: '2016-01-01', to: '2021-12-31' }], openStart: true, openEnd: true });
  });

  it('has nothing to draw without any date', () => {
    expect(tenureBar({})).toEqual({ certain: null, possible: [], openStart: true, openEnd: true });
  });
});

describe('coverage of a position', () => {
  it('finds the gap between holders and the overlap of two', () => {
    const { gaps, overlaps } = coverage([
      { from: '2010-01-01', to: '2012-12-31' },
      { from: '2014-01-01', to: '2016-06-30' },
      { from: '2016-01-01', to: '2018-12-31' },
    ]);
    expect(gaps).toEqual([{ from: '2013-01-01', to: '2013-12-31' }]);
    expect(overlaps).toEqual([{ from: '2016-01-01', to: '2016-06-30' }]);
  });

  it("counts no gap between a term and the next day's", () => {
    expect(
      coverage([
        { from: '2010-01-01', to: '2012-12-31' },
        { from: '2013-01-01', to: '2014-01-01' },
      ]),
    ).toEqual({ gaps: [], overlaps: [] });
  });
});

describe('the time axis', () => {
  it('pads a single day by a year each side and ticks each new year', () => {
    const axis = axisFor(['2019-01-11'])!;
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['2019', '2020']);
    expect(percentOf(axis, '2019-01-11')).toBeCloseTo(50, 5);
  });

  it('has no axis without dates', () => {
    expect(axisFor([])).toBeNull();
  });
});

describe('the neighbourhood graph', () => {
  const person: NonNullable<NeighboursQuery['node']> = {
    __typename: 'Person',
    id: 'person:lai-thanh-son',
    name: 'Lại Thanh Sơn',
    tenures: [
      {
        id: 'tenure:1',
        startDate: null,
        endDate: null,
        attestedOn: '2019-01-11',
        certainFrom: '2019-01-11',
        certainTo: '2019-01-11',
        possibleFrom: '2014-01-11',
        possibleTo: '2024-01-11',
        position: {
          id: 'position:pct',
          title: 'Phó Chủ tịch Thường trực UBND tỉnh',
          titleEn: 'Standing Vice Chairman',
          organization: { id: 'org:ubnd-tinh-bac-giang', name: 'UBND tỉnh Bắc Giang', nameEn: "Bắc Giang Provincial People's Committee" },
        },
      },
    ],
    participations: [
      { id: 'participation:a', role: 'ATTENDEE', event: { id: 'event:hn', name: 'Hội nghị', nameEn: 'Conference', date: '2019-01-11' } },
      { id: 'participation:s', role: 'SPEAKER', event: { id: 'event:hn', name: 'Hội nghị', nameEn: 'Conference', date: '2019-01-11' } },
    ],
    presented: [
      {
        id: 'presentation:bk',
        date: '2019-01-11',
        award: { id: 'award:bk', name: 'Bằng khen của Thủ tướng Chính phủ', nameEn: 'Certificate of Merit' },
        presenter: { id: 'person:lai-thanh-son', name: 'Lại Thanh Sơn' },
        onBehalfOf: {
          __typename: 'Position',
          id: 'position:ttg',
          title: 'Thủ tướng Chính phủ',
          titleEn: 'Prime Minister',
          organization: { id: 'org:chinh-phu', name: 'Chính phủ', nameEn: 'Government' },
        },
        recipients: [],
        recipientCount: 2,
        recipientDescription: 'hai cá nhân',
        event: { id: 'event:hn', name: 'Hội nghị', nameEn: 'Conference', date: '2019-01-11' },
      },
    ],
    received: [],
  };

  it('draws the tenure and the participations as edges, and the presentation as a node joining its parties', () => {
    const model = new GraphModel('vi');
    const neighbours = addNeighbours(model, person, 'vi');
    expect(neighbours.sort()).toEqual(['event:hn', 'position:pct', 'presentation:bk']);
    expect([...model.nodes.values()].map((node) => [node.kind, node.label])).toEqual([
      ['Person', 'Lại Thanh Sơn'],
      // A post is named with its body where its title does not name it; the Prime Minister's title does.
      ['Position', 'Phó Chủ tịch Thường trực UBND tỉnh (UBND tỉnh Bắc Giang)'],
      ['Event', 'Hội nghị'],
      ['AwardPresentation', 'Trao Bằng khen của Thủ tướng Chính phủ'],
      ['Position', 'Thủ tướng Chính phủ'],
      ['Award', 'Bằng khen của Thủ tướng Chính phủ'],
    ]);
    expect(model.edges.get('person:lai-thanh-son->position:pct')?.label).toBe('giữ chức');
    // Two roles at one event are one edge.
    expect(model.edges.get('person:lai-thanh-son->event:hn')?.label).toBe('dự, phát biểu');
    expect(model.edges.get('presentation:bk->position:ttg')?.label).toBe('thừa ủy quyền');
    expect(model.edges.get('person:lai-thanh-son->presentation:bk')?.label).toBe('người trao');
  });

  it('names in English where the graph has English names', () => {
    const model = new GraphModel('en');
    addNeighbours(model, person, 'en');
    expect(model.nodes.get('position:pct')?.label).toBe("Standing Vice Chairman (Bắc Giang Provincial People's Committee)");
    expect(model.nodes.get('person:lai-thanh-son')?.label).toBe('Lại Thanh Sơn');
    expect(model.edges.get('person:lai-thanh-son->event:hn')?.label).toBe('attended, spoke');
  });
});

describe('the grid as CSV', () => {
  const holder = (id: string, person: string, name: string, certainty: 'CERTAIN' | 'POSSIBLE') => ({
    id,
    certainty,
    acting: false,
    certainFrom: null,
    certainTo: null,
    possibleFrom: null,
    possibleTo: null,
    person: { id: person, name },
    position: { id: 'position:chu-tich-ubnd-tinh-x', title: 'Chủ tịch UBND tỉnh X', titleEn: null, organization: null },
  });
  const grid: Grid = {
    role: { id: 'role:chu-tich-ubnd-tinh', name: 'Chủ tịch UBND tỉnh', nameEn: null },
    day: '07-01',
    years: [2019, 2020],
    coverage: { certain: 1, possible: 0, unknown: 1, total: 2 },
    rows: [
      {
        place: { id: 'place:tinh-x', name: 'Tỉnh "X", mới', nameEn: null, formedBy: [{ date: '2019-01-01' }], replacedBy: [] },
        cells: [
          { year: 2019, date: '2019-07-01', status: 'CERTAIN', holders: [holder('tenure:a--x', 'person:a', 'Nguyễn Văn A', 'CERTAIN')] },
          { year: 2020, date: '2020-07-01', status: 'UNKNOWN', holders: [] },
        ],
      },
    ],
  };

  it('writes one line per holder of a cell, one with empty holder columns where nobody is known, with RFC 4180 quoting', () => {
    expect(gridCsv(grid).split('\r\n')).toEqual([
      'place_id,place,year,date,status,tenure_id,person_id,person,position_id,certainty',
      'place:tinh-x,"Tỉnh ""X"", mới",2019,2019-07-01,CERTAIN,tenure:a--x,person:a,Nguyễn Văn A,position:chu-tich-ubnd-tinh-x,CERTAIN',
      'place:tinh-x,"Tỉnh ""X"", mới",2020,2020-07-01,UNKNOWN,,,,,',
      '',
    ]);
    expect(gridCsvName(grid)).toBe('chu-tich-ubnd-tinh_2019-2020_07-01.csv');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(null)).toBe('');
  });
});
