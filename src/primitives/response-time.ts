import { replyPromisesInText } from '../detectors/response-time.js';
import { definePrimitive } from './primitive.js';

interface ResponseTimeOptions {
  maxHours: number;
}

/** "15 minutes", "1 hour", "48 hours": how a promise reads in a note. */
function duration(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} minutes`;
  const h = Math.round(hours * 100) / 100;
  return h === 1 ? '1 hour' : `${h} hours`;
}

/** A reply time is promised on the page, and it is at most `maxHours`. */
export const responseTimePrimitive = definePrimitive<ResponseTimeOptions>({
  name: 'response-time',
  summary: 'A reply time is promised ("we reply within 24 hours", "ответим в течение 2 часов") and it is at most `maxHours`.',
  schema: {
    type: 'object',
    properties: { maxHours: { type: 'number', exclusiveMinimum: 0, description: 'The slowest acceptable promise, in hours (a business day counts as 24).' } },
    required: ['maxHours'],
    additionalProperties: false,
  },
  readsWording: () => true,
  compile({ maxHours }) {
    return (page) => {
      const promises = replyPromisesInText(page.visibleText);
      if (promises.length === 0) return { status: 'fail', evidence: [], note: 'no reply time promised' };
      const sorted = [...promises].sort((a, b) => a.hours - b.hours);
      const evidence = sorted.slice(0, 3).map((p) => ({ page: page.location, kind: 'promised reply time (hours)', text: p.text, value: p.hours }));
      const fastest = sorted[0]!;
      return fastest.hours <= maxHours
        ? { status: 'pass', evidence }
        : { status: 'fail', evidence, note: `promises a reply within ${duration(fastest.hours)}; at most ${maxHours} expected` };
    };
  },
});
