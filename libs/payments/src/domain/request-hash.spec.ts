import { canonicalJson, requestHash } from './request-hash';

describe('requestHash', () => {
  it('ignores key order and undefined members, not values', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe('{"a":[2,{"c":"x"}],"b":1}');
    expect(requestHash({ amount: 1, tenantId: 't' })).toBe(requestHash({ tenantId: 't', amount: 1 }));
    expect(requestHash({ amount: 1 })).not.toBe(requestHash({ amount: 2 }));
    expect(requestHash({ amount: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});
