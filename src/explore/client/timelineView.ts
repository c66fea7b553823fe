/**
 * The timeline as HTML: one row per tenure, bars placed in percent of the axis, so that it scales from a phone
 * to a desktop; each bar says in words what it draws (for screen readers and on hover).
 */
import { h } from './dom.js';
import type { Words } from './i18n.js';
import { axisFor, coverage, percentOf, tenureBar, type Interval, type TenureDates } from './timeline.js';

export interface TimelineRow {
  label: string;
  href: string;
  tenure: TenureDates;
  describe: string;
}

export interface TimelinePoint {
  date: string;
  label: string;
  href: string;
}

const MIN_BAR_PERCENT = 0.8;

function span(axis: ReturnType<typeof axisFor> & object, interval: Interval, className: string, title: string): HTMLElement {
  const left = percentOf(axis, interval.from);
  const width = Math.max(percentOf(axis, interval.to) - left, MIN_BAR_PERCENT);
  return h('span', { class: className, style: `left:${left}%;width:${width}%`, title });
}

export function timelineView(
  rows: readonly TimelineRow[],
  points: readonly TimelinePoint[],
  w: Words,
  options: { coverage?: boolean } = {},
): HTMLElement {
  const bars = rows.map((row) => ({ row, bar: tenureBar(row.tenure) }));
  const dates = [
    ...bars.flatMap(({ bar }) => [bar.certain?.from, bar.certain?.to, ...bar.possible.flatMap((part) => [part.from, part.to])]),
    ...points.map((point) => point.date),
  ].filter((date): date is string => Boolean(date));
  const axis = axisFor(dates);
  if (!axis) return h('p', { class: 'empty' }, '—');

  const track = (...children: (HTMLElement | null)[]) => h('div', { class: 'track' }, ...children);
  const rowsEl = bars.map(({ row, bar }) => {
    const certain = bar.certain;
    const parts: HTMLElement[] = [];
    if (certain) {
      parts.push(span(axis, certain, 'bar certain', `${row.describe}`));
      // A whisker marks a bound no source gives, where no possible part is drawn on that side already.
      if (bar.openStart && !bar.possible.some((part) => part.to <= certain.from))
        parts.push(h('span', { class: 'whisker start', style: `right:${100 - percentOf(axis, certain.from)}%`, title: w.startUnknown }));
      if (bar.openEnd && !bar.possible.some((part) => part.from >= certain.to))
        parts.push(
          h('span', { class: 'whisker end', style: `left:${percentOf(axis, certain.to) + MIN_BAR_PERCENT}%`, title: w.endUnknown }),
        );
    }
    for (const part of bar.possible) parts.push(span(axis, part, 'bar possible', `${w.legendPossible}: ${part.from} – ${part.to}`));
    return h(
      'li',
      { class: 'timeline-row' },
      h('a', { class: 'row-label', href: row.href }, row.label),
      h('span', { class: 'visually-hidden' }, row.describe),
      track(...parts),
    );
  });

  let coverageEl: HTMLElement | null = null;
  if (options.coverage) {
    const { gaps, overlaps } = coverage(bars.map(({ bar }) => bar.certain).filter((part): part is Interval => part !== null));
    coverageEl = h(
      'li',
      { class: 'timeline-row coverage' },
      h('span', { class: 'row-label' }, `${w.legendGap} / ${w.legendOverlap}`),
      h(
        'span',
        { class: 'visually-hidden' },
        [
          ...gaps.map((gap) => `${w.legendGap}: ${gap.from} – ${gap.to}`),
          ...overlaps.map((overlap) => `${w.legendOverlap}: ${overlap.from} – ${overlap.to}`),
        ].join('; ') || '—',
      ),
      track(
        ...gaps.map((gap) => span(axis, gap, 'band gap', `${w.legendGap}: ${gap.from} – ${gap.to}`)),
        ...overlaps.map((overlap) => span(axis, overlap, 'band overlap', `${w.legendOverlap}: ${overlap.from} – ${overlap.to}`)),
      ),
    );
  }

  const pointsEl =
    points.length === 0
      ? null
      : h(
          'li',
          { class: 'timeline-row' },
          h('span', { class: 'row-label' }, w.legendEvent),
          track(
            ...points.map((point) =>
              h('a', {
                class: 'point',
                href: point.href,
                style: `left:${percentOf(axis, point.date)}%`,
                title: `${point.date}: ${point.label}`,
                'aria-label': `${point.date}: ${point.label}`,
              }),
            ),
          ),
        );

  const ticks = h(
    'div',
    { class: 'axis', 'aria-hidden': 'true' },
    ...axis.ticks.map((tick) => h('span', { class: 'tick', style: `left:${percentOf(axis, tick.day)}%` }, tick.label)),
  );

  const legend = h(
    'p',
    { class: 'legend' },
    h('span', { class: 'key certain' }),
    ` ${w.legendCertain} `,
    h('span', { class: 'key possible' }),
    ` ${w.legendPossible} `,
    h('span', { class: 'key whisker-key' }),
    ` ${w.legendOpen} `,
    options.coverage
      ? [h('span', { class: 'key gap' }), ` ${w.legendGap} `, h('span', { class: 'key overlap' }), ` ${w.legendOverlap}`]
      : [h('span', { class: 'key point-key' }), ` ${w.legendEvent}`],
  );

  return h(
    'figure',
    { class: 'timeline' },
    h('ul', { class: 'timeline-rows' }, ...rowsEl, coverageEl, pointsEl),
    ticks,
    h('figcaption', {}, legend),
  );
}
