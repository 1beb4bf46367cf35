/**
 * The live-chat vendors careaudit recognises, as data: each vendor's script hosts (and paths, for mirrored
 * and proxied stores), inline loader calls, hint words and the elements its widget leaves in the page.
 */
export interface ChatVendor {
  /** Stable id, used in rule options: 'intercom', 'zendesk', 'shopify-inbox'. */
  id: string;
  name: string;
  /** Script hosts (a host or any of its subdomains), optionally with a path pattern. */
  hosts: (string | { host: string; path: RegExp })[];
  /**
   * Script paths the vendor's loader always has, on whatever host: mirrored and proxied stores load
   * "…/cdn.shopify.com/extensions/…/inbox-chat-loader.js" from a relative path.
   */
  paths?: RegExp[];
  /** Lower-case text every inline loader of the vendor contains: the vendor's patterns run only where one occurs. */
  hints: string[];
  /** Inline loader code. */
  inline: RegExp[];
  /** CSS selectors of the widget's elements. */
  elements: string[];
}

/** A host suffix such as "bitrix24." matches any of the vendor's country domains. */
const host = (h: string, path?: RegExp) => (path ? { host: h, path } : h);
// Loader calls are matched as globals ("zE(", "window.zE(") but not as methods of other objects ("foo.zE(").

export const CHAT_VENDORS: ChatVendor[] = [
  {
    id: 'zendesk',
    name: 'Zendesk Chat / Web Widget',
    hosts: ['static.zdassets.com', 'v2.zopim.com', 'zopim.com', host('assets.zendesk.com', /embeddable_framework/)],
    hints: ['ze(', 'ze (', 'zesettings', 'zopim', 'zdassets', 'embeddable_framework'],
    inline: [/(?<![\w$.])(?:window\.)?zE\s*\(\s*['"]/, /\bzESettings\b/, /\$zopim\b/, /static\.zdassets\.com/, /v2\.zopim\.com/, /assets\.zendesk\.com\/embeddable_framework/],
    elements: ['iframe#launcher[title*="messaging" i]', 'iframe[data-product="web_widget"]', '.zopim'],
  },
  {
    id: 'intercom',
    name: 'Intercom',
    hosts: ['widget.intercom.io', 'js.intercomcdn.com'],
    hints: ['intercom'],
    inline: [/Intercom\s*\(\s*['"]boot/, /\bintercomSettings\b/, /widget\.intercom\.io/],
    elements: ['#intercom-container', '.intercom-lightweight-app', '#intercom-frame'],
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    hosts: ['cdn.livechatinc.com'],
    hints: ['__lc', 'livechatinc', 'livechatwidget'],
    inline: [/__lc\.license\b/, /cdn\.livechatinc\.com/, /\bLiveChatWidget\b/],
    elements: ['#chat-widget-container iframe#chat-widget', '#livechat-compact-container', '#livechat-full'],
  },
  {
    id: 'tidio',
    name: 'Tidio',
    hosts: ['code.tidio.co'],
    hints: ['tidio'],
    inline: [/code\.tidio\.co/, /\btidioChatApi\b/],
    elements: ['#tidio-chat', '#tidio-chat-iframe'],
  },
  {
    id: 'jivo',
    name: 'Jivo',
    hosts: ['code.jivosite.com', 'code.jivo.ru', 'code-eu1.jivosite.com'],
    hints: ['jivo'],
    inline: [/code(?:-\w+)?\.jivosite\.com/, /code\.jivo\.ru/, /\bjivo_api\b/, /\bjivo_onLoadCallback\b/],
    elements: ['jdiv', '#jivo-iframe-container'],
  },
  {
    id: 'drift',
    name: 'Drift',
    hosts: ['js.driftt.com'],
    hints: ['drift'],
    inline: [/\bdrift\.load\s*\(/, /js\.driftt\.com/],
    elements: ['#drift-widget-container', '#drift-frame-controller', '#drift-widget'],
  },
  {
    id: 'crisp',
    name: 'Crisp',
    hosts: ['client.crisp.chat'],
    hints: ['crisp'],
    inline: [/\$crisp\b/, /\bCRISP_WEBSITE_ID\b/, /client\.crisp\.chat/],
    elements: ['#crisp-chatbox', '.crisp-client'],
  },
  {
    id: 'freshchat',
    name: 'Freshchat (Freshdesk Messaging)',
    hosts: ['wchat.freshchat.com', host('freshchat.com', /widget|js\//)],
    hints: ['fcwidget', 'freshchat', 'fcsettings'],
    inline: [/\bfcWidget\b/, /wchat\.(?:\w+\.)?freshchat\.com/, /\bfcSettings\b/],
    elements: ['#fc_frame', '#fc_widget'],
  },
  {
    id: 'gorgias',
    name: 'Gorgias',
    hosts: ['config.gorgias.chat', 'client-builds.production.gorgias.chat', host('gorgias.io', /chat/)],
    hints: ['gorgias'],
    inline: [/config\.gorgias\.chat/, /\bGorgiasChat\b/, /gorgias-chat-bundle/],
    elements: ['#gorgias-chat-container', '#gorgias-web-messenger-container'],
  },
  {
    id: 'hubspot',
    name: 'HubSpot chat',
    hosts: ['js.hs-scripts.com', 'js.usemessages.com', 'js-eu1.hs-scripts.com', 'js-na1.hs-scripts.com'],
    hints: ['hubspotconversations', 'usemessages', 'hs-scripts'],
    inline: [/\bHubSpotConversations\b/, /js\.usemessages\.com/, /js(?:-\w+)?\.hs-scripts\.com/],
    elements: ['#hubspot-messages-iframe-container'],
  },
  {
    id: 'tawk',
    name: 'Tawk.to',
    hosts: ['embed.tawk.to'],
    hints: ['tawk'],
    inline: [/embed\.tawk\.to/, /\bTawk_API\b/],
    elements: ['.tawk-min-container', 'iframe[title*="chat widget" i][src*="tawk"]', '#tawkchat-container'],
  },
  {
    id: 'shopify-inbox',
    name: 'Shopify Inbox',
    hosts: [host('cdn.shopify.com', /\/extensions\/[^?#]*inbox|shopify-chat|\/shopify_chat\//i)],
    paths: [/\/inbox-chat-loader\.js(?:[?#]|$)/i, /\/shopify[-_]chat\/[^?#]*\.js(?:[?#]|$)/i],
    hints: ['shopify-chat', 'inbox-online-store-chat'],
    inline: [/shopify-chat/, /\binbox-online-store-chat\b/],
    elements: ['#shopify-chat', 'inbox-online-store-chat', '[id^="shopify-block-"][id*="inbox"]'],
  },
  {
    id: 'salesforce',
    name: 'Salesforce Embedded Service / Live Agent',
    hosts: [host('force.com', /embeddedservice|\/esw/i), 'salesforceliveagent.com', host('salesforce-scrt.com', /./), host('my.site.com', /esw|embeddedservice/i)],
    hints: ['embedded_svc', 'embeddedservice_bootstrap', 'liveagent'],
    inline: [/\bembedded_svc\b/, /\bembeddedservice_bootstrap\b/, /\bliveagent\.init\s*\(/],
    elements: ['.embeddedServiceHelpButton', '.embeddedMessagingConversationButton', '[id^="liveagent_button_online_"]'],
  },
  {
    id: 'genesys',
    name: 'Genesys Cloud messenger',
    hosts: [host('mypurecloud.com', /genesys|webchat|messenger/i), host('mypurecloud.ie', /genesys|webchat|messenger/i), host('mypurecloud.de', /genesys|webchat|messenger/i), host('mypurecloud.com.au', /genesys|webchat|messenger/i), host('mypurecloud.jp', /genesys|webchat|messenger/i), host('pure.cloud', /genesys|messenger/i)],
    hints: ['genesys', 'mypurecloud', 'purecloud-webchat'],
    inline: [/(?<![\w$.])(?:window\.)?Genesys\s*\(\s*['"]/, /apps\.mypurecloud\.\w+/, /\bpurecloud-webchat\b/],
    elements: ['#genesys-messenger', '#genesys-mxg-frame', '.cx-webchat'],
  },
  {
    id: 'olark',
    name: 'Olark',
    hosts: ['static.olark.com'],
    hints: ['olark'],
    inline: [/static\.olark\.com/, /\bolark\.identify\s*\(/, /(?<![\w$.])(?:window\.)?olark\s*\(\s*['"]api\./],
    elements: ['#olark-box-wrapper', '#olark', '.olark-launch-button'],
  },
  {
    id: 'smartsupp',
    name: 'Smartsupp',
    hosts: ['www.smartsuppchat.com', 'smartsuppchat.com', 'smartsuppcdn.com'],
    hints: ['smartsupp'],
    inline: [/\b_smartsupp\b/, /smartsuppchat\.com/],
    elements: ['#smartsupp-widget-container'],
  },
  {
    id: 'userlike',
    name: 'Userlike',
    hosts: ['userlike-cdn-widgets.s3-eu-west-1.amazonaws.com', 'widget.userlike.com', 'userlikecdn.com'],
    hints: ['userlike'],
    inline: [/userlike-cdn-widgets/, /widget\.userlike\.com/],
    elements: ['#userlike', '#userlike-tab', '[id^="userlike-"]'],
  },
  {
    id: 'chatra',
    name: 'Chatra',
    hosts: ['call.chatra.io'],
    hints: ['chatra'],
    inline: [/\bChatraID\b/, /call\.chatra\.io/, /(?<![\w$.])(?:window\.)?Chatra\s*\(\s*['"]/],
    elements: ['#chatra', '.chatra--webkit', '#chatra__iframe-wrapper'],
  },
  {
    id: 'liveperson',
    name: 'LivePerson',
    hosts: ['lpcdn.lpsnmedia.net', 'liveperson.net', 'lptag.liveperson.net'],
    hints: ['lptag', 'lpsnmedia', 'liveperson'],
    inline: [/\blpTag\b/, /lpcdn\.lpsnmedia\.net/, /lptag\.liveperson\.net/],
    elements: ['.LPMcontainer', '#lpChat', '[id^="LPMcontainer"]'],
  },
  {
    id: 'facebook-messenger',
    name: 'Facebook Messenger chat plugin',
    hosts: [host('connect.facebook.net', /customerchat/)],
    hints: ['customerchat'],
    inline: [/xfbml\.customerchat/, /fb-customerchat/],
    elements: ['.fb-customerchat'],
  },
  {
    id: 'reamaze',
    name: 'Re:amaze',
    hosts: ['cdn.reamaze.com'],
    hints: ['reamaze', '_support'],
    inline: [/cdn\.reamaze\.com/, /\breamaze_account\b/, /_support\s*\[\s*['"]account['"]\s*\]/],
    elements: ['#reamaze-widget', '.reamaze-widget', '#reamaze-widget-container'],
  },
  {
    id: 'helpscout',
    name: 'Help Scout Beacon',
    hosts: ['beacon-v2.helpscout.net'],
    hints: ['helpscout', 'beacon'],
    inline: [/beacon-v2\.helpscout\.net/, /(?<![\w$.])(?:window\.)?Beacon\s*\(\s*['"]init['"]/],
    elements: ['#beacon-container', '.BeaconFabButtonFrame'],
  },
  {
    id: 'kustomer',
    name: 'Kustomer',
    hosts: ['cdn.kustomerapp.com'],
    hints: ['kustomer'],
    inline: [/cdn\.kustomerapp\.com/, /\bKustomer\.start\s*\(/],
    elements: ['#kustomer-ui-sdk-iframe', '[id^="kustomer-"]'],
  },
  {
    id: 'gladly',
    name: 'Gladly',
    hosts: ['cdn.gladly.com'],
    hints: ['gladly'],
    inline: [/cdn\.gladly\.com/, /\bgladlyHCConfig\b/, /\bgladlyConfig\b/],
    elements: ['#gladlyChat_container', '[id^="gladlyChat"]'],
  },
  {
    id: 'talkdesk',
    name: 'Talkdesk',
    hosts: ['talkdeskchatsdk.talkdeskapp.com', host('talkdeskapp.com', /chat/i)],
    hints: ['talkdesk'],
    inline: [/\bTalkdeskChatSDK\b/, /talkdeskchatsdk/i],
    elements: ['#tdWebchat', '#talkdesk-chat-widget'],
  },
  {
    id: 'bitrix24',
    name: 'Bitrix24 Open Lines',
    hosts: [host('bitrix24.', /crm\/site_button|openlines|\/b\d+\//), host('cdn-ru.bitrix24.', /./), host('cdn.bitrix24.', /crm\/site_button|\/b\d+\//)],
    hints: ['bitrix24', 'b24-widget', 'bx.sitebutton'],
    inline: [/bitrix24\.\w+\/b\d+\/crm\/site_button/, /\bb24-widget\b/, /\bBX\.SiteButton\b/],
    elements: ['.b24-widget-button-wrapper', '[data-b24-crm-button-widget]', '.bx-livechat-wrapper'],
  },
  {
    id: 'carrot-quest',
    name: 'Carrot quest',
    hosts: ['cdn.carrotquest.app', 'cdn.carrotquest.io', 'carrotquest.io', 'carrotquest.app'],
    hints: ['carrotquest'],
    inline: [/\bcarrotquest\.connect\s*\(/, /cdn\.carrotquest\.(?:app|io)/],
    elements: ['#carrotquest-messenger-collapsed-container', '#carrot-messenger-frame', '[id^="carrotquest-messenger"]'],
  },
  {
    id: 'verbox',
    name: 'Verbox',
    hosts: ['verbox.ru', 'admin.verbox.ru', 'verbox.me'],
    hints: ['verbox'],
    inline: [/(?:admin\.)?verbox\.(?:ru|me)\/support/, /\bVerbox\s*\(/],
    elements: [],
  },
  {
    id: 'talk-me',
    name: 'Talk-me',
    hosts: ['lcab.talk-me.ru', 'talk-me.ru', 'talk-me.com'],
    hints: ['talk-me', 'talkme', 'supportapimethod'],
    inline: [/lcab\.talk-me\.(?:ru|com)/, /\bTalkMe\s*\(/, /\bsupportAPIMethod\b/],
    elements: [],
  },
  {
    id: 'livetex',
    name: 'LiveTex',
    hosts: ['livetex.ru', 'livetex.me'],
    hints: ['livetex'],
    inline: [/\bliveTexID\b/, /\w+\.livetex\.ru\/js\/client\.js/],
    elements: [],
  },
  {
    id: 'egain',
    name: 'eGain chat',
    hosts: [host('egain.cloud', /chat/i), host('egain.net', /chat/i)],
    hints: ['egain'],
    inline: [/\/egain\/chat\//i, /egainchat\.js/i],
    elements: ['#egainChat', '[id^="egain-chat"]'],
  },
  {
    id: 'zoho-salesiq',
    name: 'Zoho SalesIQ',
    hosts: ['salesiq.zoho.com', 'salesiq.zoho.eu', 'salesiq.zohopublic.com', 'salesiq.zohopublic.eu'],
    hints: ['salesiq'],
    inline: [/\$zoho\.salesiq\b/, /salesiq\.zoho(?:public)?\.\w+/],
    elements: ['#zsiq_float', '.zsiq_floatmain'],
  },
];
