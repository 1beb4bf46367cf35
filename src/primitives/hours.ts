import { hoursFromStructuredData, hoursInText, type HoursMatch } from '../detectors/hours.js';
import type { PageView } from '../view/page-view.js';
import { definePrimitive } from './primitive.js';

type HoursOptions = Record<string, never>;

/** Tooltips are read too (a hotline's hours often sit in its title attribute), within bounds. */
const MAX_TITLES = 300;
const MAX_TITLE_LENGTH = 500;

/** Fragments and htmlparser2 trees may lack a body; head elements (link title="RSS") are not shown. */
function titleText(page: PageView): string {
  return page
    .$('[title]:not(link):not(meta):not(style):not(script)')
    .toArray()
    .slice(0, MAX_TITLES)
    .map((el) => el.attribs.title ?? '')
    .filter((t) => t.length > 0 && t.length <= MAX_TITLE_LENGTH)
    .join('\n');
}

const KIND: Record<HoursMatch['kind'], string> = {
  'days and times': 'service hours',
  'labelled times': 'service hours (times under an hours label)',
  'round the clock': 'service hours (round the clock)',
  'schema.org': 'service hours (schema.org)',
};

/** Customer-service hours are listed: days with times, "24/7" and the like, or schema.org opening hours. */
export const hoursPrimitive = definePrimitive<HoursOptions>({
  name: 'hours',
  summary: 'Customer-service hours are listed (days and times, 24/7, or schema.org opening hours), in any of the supported languages.',
  schema: { type: 'object', properties: {}, additionalProperties: false },
  readsWording: () => true,
  compile() {
    return (page) => {
      let found = [...hoursInText(page.visibleText), ...hoursFromStructuredData(page.structuredData)];
      let where = '';
      if (found.length === 0) {
        found = hoursInText(titleText(page));
        where = ', in a title attribute';
      }
      const evidence = found.slice(0, 5).map((m) => ({ page: page.location, kind: `${KIND[m.kind]}${where}`, text: m.text, value: m.value }));
      return found.length > 0 ? { status: 'pass', evidence } : { status: 'fail', evidence: [], note: 'no customer-service hours found' };
    };
  },
});
