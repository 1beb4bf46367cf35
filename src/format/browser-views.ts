/**
 * What the browser saw (--render, --walk-checkout), for the text and HTML reports: which pages were drawn in
 * it and why, the checkout walk screen by screen, and screenshots. Pure functions of the report.
 */
import { htmlText } from './helpers.js';
import type { Report, ReportPage, ReportRule } from '../report/report.js';
import type { WalkScreen } from '../snapshot.js';

const SCREENSHOT = /^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/;

/** "Rendered in the browser: / (served with almost no text …)", or undefined when nothing was. */
export function renderedLine(report: Report): string | undefined {
  const rendered = report.pages.filter((p) => p.rendered);
  if (!rendered.length) return undefined;
  const each = rendered.map((p) => `${pathOf(p.url)} (${p.rendered!.error ?? p.rendered!.reason})`);
  return `Rendered in the browser: ${each.join('; ')}`;
}

/** "Checkout walk: 3 screens from cart to payment …", or undefined without a walk. */
export function walkLine(report: Report): string | undefined {
  const walk = report.checkoutWalk;
  if (!walk) return undefined;
  const counted = walk.screensToPayment ? `${walk.screensToPayment} screens from cart to payment` : `${walk.screens.length} screen(s) walked`;
  const screens = walk.screens.map((s) => screenSummary(s)).join(' › ');
  return `Checkout walk${walk.mode === 'dry' ? ' (dry)' : ''}: ${counted}${screens ? ` — ${screens}` : ''}. Stopped: ${walk.stop}`;
}

function screenSummary(s: WalkScreen): string {
  const facts = [
    `${s.fields} field(s)`,
    ...(s.accountDemanded ? ['account demanded'] : []),
    ...(s.guestOption ? ['guest option'] : []),
    ...(s.expressPay.length ? [s.expressPay.join(', ')] : []),
    ...(s.shippingCostShown ? ['shipping cost shown'] : []),
  ];
  return `${s.heading ?? pathOf(s.url)} (${facts.join(', ')})`;
}

function pathOf(url: string): string {
  const parsed = URL.parse(url);
  return parsed ? `${parsed.pathname}${parsed.search}` : url;
}

function image(src: string | undefined, alt: string): string {
  return src && SCREENSHOT.test(src) ? `<img class="shot" src="${src}" alt="${htmlText(alt)}" loading="lazy">` : '';
}

/** The page a rule is about, as the browser showed it: the page its evidence names, else its first role's page. */
export function ruleScreenshot(report: Report, rule: ReportRule): string {
  const named = rule.evidence.map((e) => e.page).find((p) => p !== undefined);
  const role = rule.pages?.find((r) => r !== 'any');
  const url = named ?? report.roles.find((r) => r.role === role && r.available)?.url;
  const page: ReportPage | undefined = url === undefined ? undefined : report.pages.find((p) => (p.url === url || p.path === url) && p.screenshot);
  return page ? `<figure class="shotbox">${image(page.screenshot, `The page as the browser showed it: ${page.url}`)}<figcaption>${htmlText(page.url)}</figcaption></figure>` : '';
}

/** The home page's screenshot and the checkout walk, screen by screen; empty when the browser was not used. */
export function browserSection(report: Report): string {
  const home = report.pages.find((p) => p.roles.includes('home') && p.screenshot);
  const walk = report.checkoutWalk;
  if (!home && !walk) return '';
  const parts: string[] = [];
  if (home) parts.push(`<figure class="shotbox">${image(home.screenshot, 'The home page as the browser showed it')}<figcaption>${htmlText(renderedLine(report) ?? home.url)}</figcaption></figure>`);
  if (walk) {
    parts.push(`<h3>The checkout, walked</h3><p>${htmlText(walkLine(report) ?? '')}</p>`);
    const screens = walk.screens.map(
      (s, i) =>
        `<figure class="shotbox">${image(s.screenshot, `Screen ${i + 1}: ${s.heading ?? s.url}`)}<figcaption>${i + 1}. ${htmlText(screenSummary(s))}${s.stepIndicator ? ` — ${htmlText(s.stepIndicator)}` : ''}</figcaption></figure>`,
    );
    parts.push(`<div class="shots">${screens.join('')}</div>`);
  }
  return `<section class="browser"><h2>What the browser showed</h2>${parts.join('\n')}</section>`;
}

export const BROWSER_STYLE = `
.shots { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
.shotbox { margin: 8px 0; }
.shotbox figcaption { font-size: .8rem; color: var(--muted); overflow-wrap: anywhere; }
img.shot { max-width: 100%; border: 1px solid var(--line); border-radius: 4px; }
`;
