/**
 * The site snapshot: everything acquisition hands to evaluation. Evaluation reads only this,
 * so an audit of a folder and an audit over HTTP give the same verdicts for the same pages.
 */

export const PAGE_ROLES = [
  'home',
  'contact',
  'faq',
  'returns',
  'shipping',
  'cart',
  'checkout',
  'order-tracking',
  'terms',
  'email',
] as const;
export type PageRole = (typeof PAGE_ROLES)[number];

/** Roles found by following links from the site (everything but the home page and the email). */
export const DISCOVERABLE_ROLES = PAGE_ROLES.filter(
  (role): role is Exclude<PageRole, 'home' | 'email'> => role !== 'home' && role !== 'email',
);
export type DiscoverableRole = (typeof DISCOVERABLE_ROLES)[number];

export const ROLE_LABELS: Record<PageRole, string> = {
  home: 'home page',
  contact: 'contact page',
  faq: 'FAQ / help centre',
  returns: 'returns policy',
  shipping: 'shipping / delivery page',
  cart: 'cart',
  checkout: 'checkout',
  'order-tracking': 'order-tracking page',
  terms: 'terms and conditions',
  email: 'order-confirmation email',
};

export type PageStatus = 'ok' | 'failed' | 'skipped';

export interface EmailHeaders {
  subject?: string;
  from?: string;
  to?: string;
  date?: string;
}

export interface Page {
  /** Absolute URL: http(s) for fetched pages, file: for local files. */
  url: string;
  roles: PageRole[];
  status: PageStatus;
  /** Why the page failed or was skipped, in plain words. */
  error?: string;
  httpStatus?: number;
  headers: Record<string, string>;
  /** Decoded HTML; empty unless status is 'ok'. */
  html: string;
  /** The character encoding the bytes were decoded with, and how it was chosen. */
  charset?: string;
  charsetSource?: string;
  /** Local path for folder and file targets. */
  path?: string;
  /** Set for the order-confirmation email. */
  email?: EmailHeaders;
  /**
   * For a page read as a related page (terms, shipping): its chapters about a subject, as pages of their own,
   * and how many headed chapters it has. A rule about returns that reads the terms reads their returns chapter.
   */
  chapters?: {
    headed: number;
    bySubject: Partial<Record<SectionRole, Page>>;
    /**
     * The page is the store's general terms under another title (a "Refund policy" page holding the rental terms
     * in twenty articles): for its own subject too, only its chapter counts, and no chapter means it says nothing.
     */
    holdsTerms?: boolean;
  };
  /** The language the page is written in, when it declares one or its text makes it clear. */
  language?: PageLanguage;
  /** Read in the browser (--render): why, and when drawing it failed, why the page as served stands instead. */
  rendered?: { reason: string; error?: string };
  /** Scripts and frames the page requested in the browser, injected ones included (widgets loaded by a tag manager). */
  requests?: PageRequest[];
  /** What the browser showed, as a small JPEG data URL (--render, --walk-checkout). */
  screenshot?: string;
}

export interface PageLanguage {
  /** ISO 639-1 code, and the language's English name. */
  code: string;
  name: string;
  /** How it was told, in plain words. */
  reason: string;
  /** Whether careaudit has words for it; verdicts that rest on wording are not given where it has not. */
  read: boolean;
  /** What the page itself declared (<html lang>, Content-Language), when its text overrules it. */
  declared?: string;
}

export interface PageRequest {
  url: string;
  type: 'script' | 'frame';
}

/** Subjects a section of another page can be about, and stand in for: an FAQ, a returns policy, delivery terms. */
export const SECTION_ROLES = ['faq', 'returns', 'shipping'] as const;
/** A structured document (terms in articles) has at least this many headed chapters. */
export const MIN_CHAPTERS = 3;
export type SectionRole = (typeof SECTION_ROLES)[number];

export type RoleSource = 'target' | 'flag' | 'link' | 'section' | 'sitemap' | 'files' | 'walk';

/**
 * Why a role's page could not be read, as the shopper meets it: a link that leads nowhere ('broken': HTTP
 * 404/410 or an empty page) fails the rules that need it; a page careaudit could not fetch ('unreachable':
 * network, server error) is an error for them; one that is simply not in a saved copy, or that careaudit
 * chose not to read (robots.txt, the page limit), leaves them not applicable ('not-read').
 */
export type UnreadKind = 'broken' | 'unreachable' | 'not-read';

export interface RoleAssignment {
  role: PageRole;
  url: string;
  /** Local path, for pages read from files. */
  path?: string;
  source: RoleSource;
  /** Why this page got this role, e.g. 'link text "Contact us" on https://shop.example/'. */
  reason: string;
  /** False when the link exists but its page could not be read (the link is still evidence). */
  available: boolean;
  /** When not available: why not. */
  error?: string;
  /** When not available: what that means for the rules that need it. */
  unread?: UnreadKind;
  /** For a section: its heading, and the page it is a section of. */
  section?: { heading: string; of: string };
}

export type TargetKind = 'url' | 'folder' | 'file';

/** The country and language the rules use, and how each was chosen. */
export interface StoreLocale {
  country?: string;
  countryReason: string;
  language?: string;
  languageReason: string;
}

export interface Snapshot {
  target: string;
  kind: TargetKind;
  pages: Page[];
  roles: RoleAssignment[];
  missingRoles: PageRole[];
  /** ISO 3166-1 alpha-2 country used for phone numbers and legal minimums, when known. */
  country?: string;
  /** How the country (and the store's language) were chosen. */
  locale?: StoreLocale;
  /** What acquisition noticed that makes verdicts less certain (a home page built by script). */
  warnings?: string[];
  /** The checkout's steps as the user declared them (config checkoutFlow), for checkouts without an indicator. */
  checkoutFlow?: string[];
  /** The checkout as walked in the browser (--walk-checkout). */
  checkoutWalk?: CheckoutWalk;
}

/** One screen of a checkout walk, as the shopper met it. */
export interface WalkScreen {
  kind: 'cart' | 'checkout';
  url: string;
  heading?: string;
  /** The screen's step indicator, when it shows one. */
  stepIndicator?: string;
  /** Form fields the shopper sees. */
  fields: number;
  /** A login or registration form without a guest option. */
  accountDemanded: boolean;
  guestOption: boolean;
  /** Express wallets offered (PayPal, Apple Pay …), as named on the screen. */
  expressPay: string[];
  shippingCostShown: boolean;
  /** The screen asks for payment: the walk stops here. */
  payment: boolean;
  screenshot?: string;
}

export interface CheckoutWalk {
  /** fill: fields filled with test data; dry: stopped before filling any. */
  mode: 'fill' | 'dry';
  screens: WalkScreen[];
  /** Why the walk ended. */
  stop: string;
  /** Screens from the cart to the payment step, both counted, when the walk reached it. */
  screensToPayment?: number;
}
