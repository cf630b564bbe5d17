import AxeBuilder from '@axe-core/playwright';
import { Page } from 'playwright-core';
import { AxeFinding } from './axe';

/**
 * Serious and critical violations inside one part of the page (an open dialog or drawer). The page behind a
 * modal's dimmed overlay is inert, and axe would otherwise measure its contrast through the overlay.
 */
export async function seriousViolationsIn(page: Page, selector: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
}
