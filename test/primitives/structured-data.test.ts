import { describe, expect, it } from 'vitest';
import { runCheck } from '../helpers/check.js';

const run = (spec: unknown, html: string) => runCheck(spec, html);

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const organization = jsonLd({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'Organization',
      name: 'Shop',
      contactPoint: { '@type': 'ContactPoint', telephone: '+48 22 123 45 67', contactType: 'customer service' },
      hasMerchantReturnPolicy: { '@type': 'MerchantReturnPolicy', merchantReturnDays: 30, returnFees: 'https://schema.org/FreeReturn' },
    },
  ],
});

describe('structured-data', () => {
  it('finds a type nested anywhere in JSON-LD, @graph included', () => {
    expect(run({ 'structured-data': { type: 'ContactPoint' } }, organization).status).toBe('pass');
    expect(run({ 'structured-data': { type: 'FAQPage' } }, organization).status).toBe('fail');
  });

  it('compares a numeric property with bounds', () => {
    const spec = (gte: number) => ({ 'structured-data': { type: 'MerchantReturnPolicy', property: 'merchantReturnDays', gte } });
    const pass = run(spec(14), organization);
    expect(pass.status).toBe('pass');
    expect(pass.evidence[0]).toMatchObject({ kind: 'json-ld MerchantReturnPolicy.merchantReturnDays', value: 30 });
    expect(run(spec(60), organization).status).toBe('fail');
  });

  it('matches property values against patterns, full schema.org URLs included', () => {
    expect(run({ 'structured-data': { type: 'MerchantReturnPolicy', property: 'returnFees', matches: ['FreeReturn$'] } }, organization).status).toBe('pass');
  });

  it('reads microdata', () => {
    const html = `
      <div itemscope itemtype="https://schema.org/Organization">
        <div itemprop="contactPoint" itemscope itemtype="https://schema.org/ContactPoint">
          <span itemprop="telephone">+370 5 212 3456</span><meta itemprop="contactType" content="customer service">
        </div>
      </div>`;
    const result = run({ 'structured-data': { type: 'ContactPoint', property: 'contactType', matches: ['customer service'] } }, html);
    expect(result.status).toBe('pass');
    expect(result.evidence[0]?.kind).toBe('microdata ContactPoint.contactType');
  });

  it('ignores broken JSON-LD blocks and keeps the valid ones', () => {
    const html = `<script type="application/ld+json">{ "@type": "Organization", }</script>${jsonLd({ '@type': 'FAQPage' })}`;
    expect(run({ 'structured-data': { type: 'FAQPage' } }, html).status).toBe('pass');
  });
});

describe('microdata on a hostile page', () => {
  it('reads 20,000 nested scopes, each property in its own scope', async () => {
    const { parseHtml } = await import('../../src/page/parse.js');
    const { microdataItems } = await import('../../src/page/structured-data.js');
    const html = `${'<div itemscope itemtype="https://schema.org/Thing"><span itemprop="name">x</span>'.repeat(20_000)}${'</div>'.repeat(20_000)}`;
    const items = microdataItems(parseHtml(html));
    expect(items).toHaveLength(20_000);
    // past the 512-level nesting cap elements become siblings, as in a browser, and leave their scope
    expect(items.slice(0, 200).every((item) => item.properties.name === 'x')).toBe(true);
  });
});
