import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInRouter } from '@/testing/render-in-router';
import { AgingBars } from './aging-bars';

const AGING = { current: 120_000, d1_30: 55_000, d31_60: 0, d61_90: 11_000, over_90: 264_000 };

describe('AgingBars', () => {
  it('shows every bucket with its amount as text, each a link to the arrears list', async () => {
    renderInRouter(
      <>
        <span id="t">滞納の経過日数</span>
        <AgingBars aging={AGING} labelledBy="t" />
      </>,
    );
    const list = await screen.findByRole('list', { name: '滞納の経過日数' });
    const links = Array.from(list.querySelectorAll('a'));
    expect(links.map((a) => a.textContent)).toEqual([
      '期日前¥120,000',
      '1–30日¥55,000',
      '31–60日¥0',
      '61–90日¥11,000',
      '91日以上¥264,000',
    ]);
    for (const a of links) expect(a.getAttribute('href')).toBe('/payments?tab=arrears');
    // Links are keyboard reachable without a tabindex of their own; the bars are hidden from assistive tech.
    expect(links.every((a) => a.tabIndex === 0)).toBe(true);
    expect(screen.queryAllByRole('progressbar')).toHaveLength(0);
  });

  it('scales the bars to the largest bucket and draws an empty bucket empty', async () => {
    renderInRouter(<AgingBars aging={AGING} labelledBy="t" />);
    const widths = Object.fromEntries(
      (await screen.findAllByRole('link')).map((a) => [
        a.getAttribute('data-bucket'),
        (a.querySelector('.mantine-Progress-section') as HTMLElement | null)?.style.getPropertyValue(
          '--progress-section-size',
        ) ?? null,
      ]),
    );
    expect(widths.over_90).toBe('100%');
    expect(widths.current).toBe(`${(120_000 / 264_000) * 100}%`);
    expect(widths.d61_90).toBe(`${(11_000 / 264_000) * 100}%`);
    expect(widths.d31_60 === null || widths.d31_60 === '0%').toBe(true);
  });
});
