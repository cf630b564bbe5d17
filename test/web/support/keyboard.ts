import { Page } from 'playwright-core';

/** One stop of a Tab walk: what has focus and how its focus is drawn. */
export interface FocusStop {
  /** A short description for messages: tag, role and accessible name. */
  label: string;
  inMain: boolean;
  inDialog: boolean;
  /** Its accessible name, roughly: aria-label, labelledby, its label or its text. */
  name: string;
  /** Comes after the previous stop in document order (Tab follows the reading order). */
  forward: boolean;
  /** The walk's first stop again (focus has gone all the way round). */
  isFirst: boolean;
  /** The contrast of the focus indicator (outline, ring or focused border) with what is behind it; 0 if none. */
  ringContrast: number;
  ringWidth: number;
  visible: boolean;
}

/** Shared by the scripts below (strings, so this file is type-checked without the DOM library). */
const HELPERS = `
  const parse = (c) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const lum = (c) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  };
  const contrast = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const background = (node) => {
    for (let n = node; n && n.nodeType === 1; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && c.a > 0.5) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  };
  // Where a control draws its focus: itself, or for a visually hidden input (segmented control, radio,
  // switch) the label or box next to it, or for an input inside a field box (a multi-select's pills) the box.
  const drawnOn = (el) => [el, el.nextElementSibling, ...(el.labels ? Array.from(el.labels) : []), ...Array.from(el.querySelectorAll(':scope > *')), el.closest('.mantine-PillsInput-input, .mantine-Input-input')].filter(Boolean);
  const look = (n) => { const s = getComputedStyle(n); return { outline: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow, border: s.borderTopColor }; };
  window.__restingLook = window.__restingLook || new WeakMap();
  // The element with focus is skipped: it is remembered once it has lost focus (a dialog's first field).
  const remember = () => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').forEach((el) => {
    if (el === document.activeElement) return;
    for (const n of drawnOn(el)) if (!window.__restingLook.has(n)) window.__restingLook.set(n, look(n));
  });
`;

/** Remembers how every focusable element (and what draws its focus) looks without focus. */
const REMEMBER_RESTING = `(() => { ${HELPERS} remember(); })()`;

/**
 * Describes document.activeElement and its focus indicator: an outline, a ring (box-shadow) or a border
 * colour that differs from the resting look (Mantine inputs draw focus by colouring their border); its
 * contrast is taken against the first opaque background behind it (WCAG 1.4.11 asks 3:1). Running
 * transitions are finished first, so the colour read is the one that stays.
 */
const DESCRIBE_FOCUS = `(() => { ${HELPERS}
  remember();
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  for (const a of document.getAnimations()) { try { if (a instanceof CSSTransition) a.finish(); } catch (e) {} }
  let ringContrast = 0;
  let ringWidth = 0;
  for (const n of drawnOn(el)) {
    const s = getComputedStyle(n);
    const rest = window.__restingLook.get(n);
    const now = look(n);
    const behind = background(n.parentElement || n);
    const ow = parseFloat(s.outlineWidth) || 0;
    const oc = parse(s.outlineColor);
    if (s.outlineStyle !== 'none' && ow > 0 && oc && oc.a > 0 && (!rest || rest.outline !== now.outline || n === el)) {
      const c = contrast(oc, behind);
      if (c > ringContrast) { ringContrast = c; ringWidth = ow; }
    }
    if (s.boxShadow !== 'none' && rest && rest.shadow !== now.shadow) {
      const sc = parse(s.boxShadow);
      if (sc && sc.a > 0) { const c = contrast(sc, behind); if (c > ringContrast) { ringContrast = c; ringWidth = 2; } }
    }
    const bc = parse(s.borderTopColor);
    const bw = parseFloat(s.borderTopWidth) || 0;
    if (bc && bw > 0 && bc.a > 0 && rest && rest.border !== now.border) {
      const c = contrast(bc, behind);
      if (c > ringContrast) { ringContrast = c; ringWidth = bw; }
    }
  }
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const shown = drawnOn(el).some((n) => { const b = n.getBoundingClientRect(); return b.width > 1 && b.height > 1; });
  const role = el.getAttribute('role') || (el.tagName.toLowerCase() + (el.type ? '[' + el.type + ']' : ''));
  const labelled = el.getAttribute('aria-labelledby') ? el.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' ') : '';
  const name = (el.getAttribute('aria-label') || labelled || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || el.getAttribute('placeholder') || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
  const before = window.__lastFocus;
  window.__lastFocus = el;
  const forward = !before || !before.isConnected || before === el || !!(before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const isFirst = el.dataset.kbFirst === '1';
  if (!el.dataset.kbReached) el.dataset.kbReached = '1';
  return {
    label: role + ' "' + name + '"',
    name,
    forward,
    isFirst,
    inMain: !!el.closest('main'),
    inDialog: !!el.closest('[role="dialog"]'),
    ringContrast: Math.round(ringContrast * 100) / 100,
    ringWidth,
    visible: shown && s.visibility !== 'hidden',
  };
})()`;

export async function focused(page: Page): Promise<FocusStop | null> {
  return (await page.evaluate(DESCRIBE_FOCUS)) as FocusStop | null;
}

/**
 * Starting on the skip link, presses Tab until focus comes back to it (or `max` presses) and returns each
 * stop. Before, every control's resting look is remembered so that a focused input's changed border can
 * count as its focus indicator.
 */
export async function tabWalk(page: Page, max = 120): Promise<FocusStop[]> {
  await page.evaluate(REMEMBER_RESTING);
  // From the top of the document: the skip link is the first stop.
  await page.evaluate(`(() => {
    document.querySelectorAll('[data-kb-reached], [data-kb-first]').forEach((el) => { delete el.dataset.kbReached; delete el.dataset.kbFirst; });
    window.__lastFocus = null;
    const link = document.querySelector('.skip-link');
    link.focus();
  })()`);
  const first = await focused(page);
  await page.evaluate(`document.activeElement.dataset.kbFirst = '1'`);
  const stops: FocusStop[] = first ? [first] : [];
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (!stop) break;
    if (stop.isFirst) break;
    stops.push(stop);
  }
  return stops;
}

/** Stops whose focus cannot be seen: no indicator, or one below 3:1 against its background. */
export function invisibleFocus(stops: FocusStop[]): string[] {
  return stops.filter((s) => !s.visible || s.ringContrast < 3).map((s) => `${s.label} (contrast ${s.ringContrast})`);
}

/** Stops reached out of document order (a positive tabindex or a portal in the wrong place). */
export function outOfOrder(stops: FocusStop[]): string[] {
  const wrong: string[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    if (!stops[i].forward) wrong.push(`${stops[i - 1].label} -> ${stops[i].label}`);
  }
  return wrong;
}

/** Elements in main that can take focus, are shown, and were never reached by the Tab walk. */
export async function unreachable(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    return Array.from(document.querySelectorAll('main ' + sel.split(', ').join(', main ')))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('[inert], [aria-hidden="true"]') && el.tabIndex >= 0 && !el.dataset.kbReached;
      })
      .map((el) => (el.getAttribute('role') || el.tagName.toLowerCase()) + ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 60) + '"');
  })()`)) as string[];
}

/** Presses Tab until the element with this accessible name (exact, or a pattern) has focus. */
export async function tabTo(page: Page, name: string | RegExp, max = 150): Promise<FocusStop> {
  await page.evaluate(REMEMBER_RESTING);
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop && (typeof name === 'string' ? stop.name === name : name.test(stop.name))) return stop;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}
