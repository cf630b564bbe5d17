import en from './i18n/en.json';
import ja from './i18n/ja.json';

export type Locale = 'ja' | 'en';
export type MessageKind = Exclude<keyof typeof ja, 'common'>;
export type MessageParams = Record<string, string | number>;

const CATALOGUES: Record<Locale, Record<string, Record<string, string>>> = { ja, en };

/** A rendered mail: subject, plain text and HTML, in one language. */
export interface RenderedMessage {
  subject: string;
  /** The message itself (also the inbox body). */
  body: string;
  text: string;
  html: string;
}

/** Whether a catalogue has a message kind. */
export function isMessageKind(kind: string): kind is MessageKind {
  return kind !== 'common' && kind in ja;
}

/** 2027年1月16日 in Japanese, 16 Jan 2027 in English; ¥1,234 for yen; other values as they are. */
export function formatParam(key: string, value: string | number, locale: Locale): string {
  if (typeof value === 'number' && /amount|yen/i.test(key)) return `¥${value.toLocaleString('en-US')}`;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    if (locale === 'ja') return `${y}年${m}月${d}日`;
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    return `${d} ${month} ${y}`;
  }
  return String(value);
}

function fill(template: string, params: MessageParams, locale: Locale): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) =>
    params[key] === undefined ? `{{${key}}}` : formatParam(key, params[key], locale),
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Slots of the mail layout: text that is never altered by MJML and never found in a catalogue. */
const SLOT = (name: string) => `%%TAMAGO_SLOT_${name}%%`;
const SLOT_PATTERN = /%%TAMAGO_SLOT_([A-Z]+)%%/g;

/**
 * The HTML layout of a mail in one language, with or without its button, compiled by MJML once
 * per process (compiling took about 20 ms a mail, most of a reminder's cost) with slots where the
 * escaped texts go: filling it gives the same HTML as compiling the filled MJML.
 */
const layouts = new Map<string, Promise<string>>();
function layoutOf(locale: Locale, withLink: boolean): Promise<string> {
  const key = `${locale}:${withLink}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = compileLayout(locale, withLink);
    layout.catch(() => layouts.delete(key));
    layouts.set(key, layout);
  }
  return layout;
}

async function compileLayout(locale: Locale, withLink: boolean): Promise<string> {
  const button = withLink
    ? `<mj-button href="${SLOT('LINK')}" background-color="#c2410c" align="left">${SLOT('OPEN')}</mj-button>`
    : '';
  // MJML (with its HTML and CSS tool chain) is loaded when a layout is first compiled, not at start.
  const { default: mjml2html } = await import('mjml');
  const { html, errors } = await mjml2html(
    `<mjml lang="${locale}"><mj-head><mj-title>${SLOT('SUBJECT')}</mj-title>
      <mj-attributes><mj-all font-family="'Hiragino Sans','Noto Sans JP',Meiryo,sans-serif" /></mj-attributes></mj-head>
      <mj-body background-color="#f5f5f4"><mj-section background-color="#ffffff" padding="24px">
        <mj-column>
          <mj-text font-size="14px" color="#1c1917">${SLOT('GREETING')}</mj-text>
          <mj-text font-size="14px" line-height="1.7" color="#1c1917">${SLOT('BODY')}</mj-text>
          ${button}
          <mj-divider border-width="1px" border-color="#e7e5e4" />
          <mj-text font-size="11px" color="#78716c">${SLOT('FOOTER')}</mj-text>
        </mj-column>
      </mj-section></mj-body></mjml>`,
    { validationLevel: 'strict' },
  );
  if (errors.length) throw new Error(`mail layout: ${errors.map((e) => e.message).join('; ')}`);
  return html;
}

function fillLayout(layout: string, values: Record<string, string>): string {
  return layout.replace(SLOT_PATTERN, (m, name: string) => values[name] ?? m);
}

/**
 * Renders a message kind from the catalogues in the recipient's language: a subject, a plain-text
 * part and an MJML-built HTML part with the same words.
 */
export async function renderMessage(
  kind: MessageKind,
  locale: Locale,
  params: MessageParams & { name: string; facilityName: string },
  link?: string | null,
): Promise<RenderedMessage> {
  const cat = CATALOGUES[locale];
  const subject = fill(cat[kind].subject, params, locale);
  const body = fill(cat[kind].body, params, locale);
  const greeting = fill(cat.common.greeting, params, locale);
  const footer = fill(cat.common.footer, params, locale);
  const open = cat.common.open;
  const text = [greeting, '', body, ...(link ? ['', `${open}: ${link}`] : []), '', '--', footer, ''].join('\n');
  const html = fillLayout(await layoutOf(locale, Boolean(link)), {
    SUBJECT: escapeHtml(subject),
    GREETING: escapeHtml(greeting),
    BODY: escapeHtml(body),
    FOOTER: escapeHtml(footer),
    LINK: link ? escapeHtml(link) : '',
    OPEN: escapeHtml(open),
  });
  return { subject, body, text, html };
}

/** The catalogue keys of both languages, for the parity check. */
export function catalogueKeys(locale: Locale): string[] {
  const cat = CATALOGUES[locale];
  return Object.keys(cat)
    .flatMap((k) => Object.keys(cat[k]).map((f) => `${k}.${f}`))
    .sort();
}
