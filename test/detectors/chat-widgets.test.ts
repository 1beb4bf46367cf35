import { describe, expect, it } from 'vitest';
import { CHAT_VENDORS } from '../../src/detectors/chat-vendors.js';
import { detectChatWidgets } from '../../src/detectors/chat-widgets.js';
import { viewOf } from '../helpers/snapshot.js';

function detect(html: string, vendors?: string[]) {
  const { page } = viewOf(html);
  return detectChatWidgets(page.$, page.scripts, vendors);
}
const ids = (html: string): string[] => [...new Set(detect(html).map((m) => m.vendorId))];

describe('chat widgets by script host', () => {
  it.each([
    ['zendesk', '<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=0f1e2d3c"></script>'],
    ['zendesk', '<script src="//v2.zopim.com/?2abcDEF"></script>'],
    ['intercom', '<script async src="https://widget.intercom.io/widget/abc123"></script>'],
    ['livechat', '<script src="https://cdn.livechatinc.com/tracking.js" async></script>'],
    ['tidio', '<script src="//code.tidio.co/abcdefghijklmnopqrstuvwxyz123456.js" async></script>'],
    ['jivo', '<script src="//code.jivosite.com/widget/AbC123dEf" async></script>'],
    ['jivo', '<script src="https://code.jivo.ru/widget/AbC123dEf" async></script>'],
    ['drift', '<script src="https://js.driftt.com/include/1600000000000/abc123.js"></script>'],
    ['crisp', '<script src="https://client.crisp.chat/l.js" async></script>'],
    ['freshchat', '<script src="https://wchat.freshchat.com/js/widget.js"></script>'],
    ['gorgias', '<script id="gorgias-chat-widget-install-v3" src="https://config.gorgias.chat/bundle-loader/01ABCDEF"></script>'],
    ['hubspot', '<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/1234567.js"></script>'],
    ['tawk', '<script async src="https://embed.tawk.to/5f0c1a2b3c4d5e6f7a8b9c0d/default"></script>'],
    ['shopify-inbox', '<script src="https://cdn.shopify.com/extensions/0a1b2c3d-4e5f/inbox-1234/assets/shopifyChatV1Widget.js" defer></script>'],
    ['salesforce', '<script src="https://service.force.com/embeddedservice/5.0/esw.min.js"></script>'],
    ['salesforce', "<script type='text/javascript' src='https://c.la1c1.salesforceliveagent.com/content/g/js/31.0/deployment.js'></script>"],
    ['genesys', '<script src="https://apps.mypurecloud.ie/genesys-bootstrap/genesys.min.js"></script>'],
    ['olark', '<script src="https://static.olark.com/jsclient/loader.js" async></script>'],
    ['smartsupp', '<script src="https://www.smartsuppchat.com/loader.js?" async></script>'],
    ['userlike', '<script async src="https://userlike-cdn-widgets.s3-eu-west-1.amazonaws.com/abc.js"></script>'],
    ['chatra', '<script src="https://call.chatra.io/chatra.js" async></script>'],
    ['liveperson', '<script src="https://lpcdn.lpsnmedia.net/le_unified_window/10.0/client.js"></script>'],
    ['reamaze', '<script src="https://cdn.reamaze.com/assets/reamaze.js" async></script>'],
    ['helpscout', '<script src="https://beacon-v2.helpscout.net" async></script>'],
    ['kustomer', '<script src="https://cdn.kustomerapp.com/chat-web/widget.js" data-kustomer-api-key="x"></script>'],
    ['gladly', '<script src="https://cdn.gladly.com/chat-sdk/widget.js"></script>'],
    ['talkdesk', '<script src="https://talkdeskchatsdk.talkdeskapp.com/v1/talkdeskchatsdk.js"></script>'],
    ['bitrix24', '<script src="https://cdn-ru.bitrix24.ru/b1234567/crm/site_button/loader_2_abcd12.js"></script>'],
    ['carrot-quest', '<script src="https://cdn.carrotquest.app/api.min.js"></script>'],
    ['talk-me', '<script src="https://lcab.talk-me.ru/support/support.js?h=abc"></script>'],
    ['zoho-salesiq', '<script id="zsiqscript" src="https://salesiq.zoho.eu/widget?wc=abc" defer></script>'],
  ])('%s: %s', (vendor, html) => {
    const found = detect(html);
    expect(found[0]).toMatchObject({ vendorId: vendor, how: 'script src' });
  });

  it('reports the vendor name and the script URL', () => {
    expect(detect('<script src="https://widget.intercom.io/widget/abc123"></script>')).toEqual([
      { vendor: 'Intercom', vendorId: 'intercom', how: 'script src', detail: 'https://widget.intercom.io/widget/abc123' },
    ]);
  });

  it('reads widget iframes too', () => {
    expect(ids('<iframe src="https://embed.tawk.to/_s/v4/app/abc/max-widget.html" title="chat widget"></iframe>')).toEqual(['tawk']);
  });
});

describe('chat widgets by inline loader', () => {
  it.each([
    ['zendesk', `<script>window.zESettings = { webWidget: { color: { theme: '#78a300' } } }; zE('webWidget', 'hide');</script>`],
    [
      'zendesk',
      `<!-- Start of shop Zendesk Widget script --><script>/*<![CDATA[*/window.zEmbed||function(e,t){var n,o,d,i,s,a=[],r=document.createElement("iframe");
      }("//assets.zendesk.com/embeddable_framework/main.js","shop.zendesk.com");/*]]>*/</script>`,
    ],
    ['intercom', `<script>window.intercomSettings = { app_id: "abc123" }; window.Intercom('boot', { app_id: 'abc123' });</script>`],
    ['livechat', `<script>window.__lc = window.__lc || {}; window.__lc.license = 12345678;</script>`],
    [
      'jivo',
      `<script type="text/javascript">(function(){ var widget_id = 'AbC123dEf';var d=document;var w=window;function l(){var s = document.createElement('script'); s.type = 'text/javascript'; s.async = true;s.src = '//code.jivosite.com/script/widget/'+widget_id; var ss = document.getElementsByTagName('script')[0]; ss.parentNode.insertBefore(s, ss);}l();})();</script>`,
    ],
    ['drift', `<script>"use strict"; !function() { var t = window.driftt = window.drift = window.driftt || []; }(); drift.SNIPPET_VERSION = '0.3.1'; drift.load('abc123');</script>`],
    ['crisp', `<script type="text/javascript">window.$crisp=[];window.CRISP_WEBSITE_ID="0a1b2c3d";(function(){d=document;s=d.createElement("script");s.src="https://client.crisp.chat/l.js";})();</script>`],
    ['freshchat', `<script>function initFreshChat() { window.fcWidget.init({ token: "abc", host: "https://wchat.freshchat.com" }); }</script>`],
    ['tawk', `<script type="text/javascript">var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();</script>`],
    ['salesforce', `<script>var initESW = function(gslbBaseURL) { embedded_svc.settings.displayHelpButton = true; embedded_svc.init('https://shop.my.salesforce.com'); };</script>`],
    ['genesys', `<script>(function (g, e, n, es, ys) { g['_genesysJs'] = e; })(window, 'Genesys', 'https://apps.mypurecloud.de/genesys-bootstrap/genesys.min.js', { environment: 'prod-euc1' }); Genesys("command", "Messenger.open");</script>`],
    [
      'bitrix24',
      `<script>(function(w,d,u){var s=d.createElement('script');s.async=true;s.src=u+'?'+(Date.now()/60000|0);var h=d.getElementsByTagName('script')[0];h.parentNode.insertBefore(s,h);})(window,document,'https://cdn-ru.bitrix24.ru/b1234567/crm/site_button/loader_2_abcd12.js');</script>`,
    ],
    ['carrot-quest', `<script type="text/javascript">!function(){function t(t,e){return function(){window.carrotquestasync.push(t,arguments)}}}(); carrotquest.connect('12345-abc');</script>`],
    ['helpscout', `<script type="text/javascript">!function(e,t,n){function a(){} }(window,document,window.Beacon||function(){});</script><script>window.Beacon('init', 'abc-123')</script>`],
    ['facebook-messenger', `<script>window.fbAsyncInit = function() { FB.init({ xfbml: true, version: 'v18.0' }); }; js.src = 'https://connect.facebook.net/ru_RU/sdk/xfbml.customerchat.js';</script>`],
    ['livetex', `<script type='text/javascript'>var liveTex = true, liveTexID = 34732, liveTex_object = true;</script>`],
    ['egain', `<script>var chatAvailability = "/system/egain/chat/entrypoint/agentAvailability/1018";</script>`],
  ])('%s', (vendor, html) => {
    expect(ids(html)).toContain(vendor);
    expect(detect(html).find((m) => m.vendorId === vendor)?.how).toBe('inline loader');
  });
});

describe('chat widgets by element', () => {
  it.each([
    ['jivo', '<jdiv class="globalClass_ET"><jdiv class="wrap_c6"></jdiv></jdiv>'],
    ['intercom', '<div id="intercom-container" class="intercom-namespace"><iframe id="intercom-frame"></iframe></div>'],
    ['hubspot', '<div id="hubspot-messages-iframe-container" class="widget-align-right"><iframe title="Chat Widget"></iframe></div>'],
    ['facebook-messenger', '<div class="fb-customerchat" attribution="setup_tool" page_id="1234567890"></div>'],
    ['bitrix24', '<div class="b24-widget-button-wrapper b24-widget-button-position-bottom-right"></div>'],
    ['shopify-inbox', '<inbox-online-store-chat shop-id="12345"></inbox-online-store-chat>'],
    ['salesforce', '<div class="embeddedServiceHelpButton"><div class="helpButton"><button class="uiButton helpButtonEnabled">Chat</button></div></div>'],
    ['tidio', '<div id="tidio-chat"><iframe id="tidio-chat-iframe" title="Tidio Chat"></iframe></div>'],
  ])('%s', (vendor, html) => {
    expect(detect(html)).toEqual([expect.objectContaining({ vendorId: vendor, how: 'element' })]);
  });
});

describe('not chat widgets', () => {
  it.each([
    ['the word "chat"', '<a href="/contact">Chat with us</a><p>Czat z konsultantem</p><p>Онлайн-чат</p>'],
    ['WhatsApp and Telegram links in a chat menu', `<div id="chatMenu" class="hidden"><a href="https://wa.me/447578164355?text=Hi">WhatsApp</a><a href="https://t.me/shop">Telegram</a></div><button class="chat-button"><i class="fa fa-comments"></i></button>`],
    ['Snapchat', '<a href="https://www.snapchat.com/add/shop">Snapchat</a><script src="https://sc-static.net/scevent.min.js"></script>'],
    ['a chat icon font', '<i class="icon-chat"></i><span class="material-icons">chat</span><svg class="icon icon-chat"><use href="#chat"></use></svg>'],
    ['a commented-out loader', `<!-- <script>var liveTex = true, liveTexID = 34732;</script> --><!-- Start SiteHeart code --><!-- End SiteHeart code -->`],
    ['a vendor named in text', '<p>We use Intercom and Zendesk for support tickets.</p>'],
    ['a preconnect hint', '<link rel="preconnect" href="https://widget.intercom.io"><link rel="dns-prefetch" href="//code.jivosite.com">'],
    ['a vendor host in a query string', '<script src="https://cdn.example.com/loader.js?ref=widget.intercom.io"></script>'],
    ['eGain analytics only', `<script>eg.src= "//analytics.analytics-egain.com/onetag/"+EG_ACT_ID;</script>`],
    ['a Skype click-to-call menu', '<div id="skype_c2c_menu_container" class="skype_c2c_menu_container"><a>Call</a></div>'],
    ['a broken src', '<script src="http://[::1"></script>'],
  ])('%s', (_name, html) => {
    expect(detect(html)).toEqual([]);
  });
});

describe('vendors filter', () => {
  const html = '<script src="https://widget.intercom.io/widget/abc"></script><script src="//code.tidio.co/abc.js"></script>';

  it('finds every vendor by default, one finding per vendor and way', () => {
    expect(ids(html)).toEqual(['intercom', 'tidio']);
  });

  it('keeps only the vendors asked for', () => {
    expect(detect(html, ['tidio']).map((m) => m.vendorId)).toEqual(['tidio']);
    expect(detect(html, ['drift'])).toEqual([]);
  });

  it('has unique vendor ids, and hints in lower case', () => {
    const list = CHAT_VENDORS.map((v) => v.id);
    expect(new Set(list).size).toBe(list.length);
    for (const v of CHAT_VENDORS) for (const h of v.hints) expect(h).toBe(h.toLowerCase());
  });
});
