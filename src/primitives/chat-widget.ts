import { CHAT_VENDORS } from '../detectors/chat-vendors.js';
import { detectChatWidgets } from '../detectors/chat-widgets.js';
import { definePrimitive } from './primitive.js';

interface ChatWidgetOptions {
  vendors?: string[];
}

const VENDOR_IDS = CHAT_VENDORS.map((v) => v.id);

/** A live-chat widget is loaded: a vendor's script host, inline loader or widget element. */
export const chatWidgetPrimitive = definePrimitive<ChatWidgetOptions>({
  name: 'chat-widget',
  summary: 'A live-chat widget is loaded (script host, inline loader or widget element of a known vendor).',
  schema: {
    type: 'object',
    properties: {
      vendors: {
        description: 'Only these vendors count.',
        type: 'array',
        items: { enum: VENDOR_IDS },
        minItems: 1,
        uniqueItems: true,
      },
    },
    additionalProperties: false,
  },
  readsWording: () => false,
  compile({ vendors }) {
    return (page) => {
      const found = detectChatWidgets(page.$, page.scripts, vendors, page.page.html);
      if (found.length === 0) {
        return { status: 'fail', evidence: [], note: vendors ? `no chat widget of ${vendors.join(', ')} found` : 'no live-chat widget found' };
      }
      const evidence = found.slice(0, 5).map((m) => ({
        page: page.location,
        kind: `chat widget: ${m.vendor} (${m.how})`,
        value: m.vendor,
        ...(m.how === 'element' ? { selector: m.detail } : { text: m.detail }),
      }));
      return { status: 'pass', evidence };
    };
  },
});
