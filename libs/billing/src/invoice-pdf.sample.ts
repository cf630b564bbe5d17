import { crc32, deflateSync } from 'node:zlib';
import type { InvoiceSnapshot } from './invoice-types';

/** A red ring seal (角印 stand-in) as a base64 PNG, drawn in code so tests need no image file. */
export function sampleSealPng(size = 96): string {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c + 0.5, y - c + 0.5);
      const ring = d < c - 2 && d > c - 9;
      const cross = d < c - 14 && (Math.abs(x - c) < 3 || Math.abs(y - c) < 3);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw.set(ring || cross ? [200, 30, 30, 230] : [255, 255, 255, 0], at);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]).toString('base64');
}

/** A full invoice snapshot as billing issues it: two rooms, a fee, utilities, a reduced item, a deposit. */
export function sampleSnapshot(over: Partial<InvoiceSnapshot> = {}): InvoiceSnapshot {
  return {
    version: 1,
    kind: 'invoice',
    title: '適格請求書',
    qualified: true,
    number: 'INV-202612-00042',
    issueDate: '2026-12-15',
    dueDate: '2027-01-04',
    period: '2027-01',
    periodFrom: '2027-01-01',
    periodTo: '2027-01-31',
    issuer: {
      name: '一般社団法人みらいインキュベーションセンター',
      registrationNumber: 'T7000012050002',
      address: '〒100-0005 東京都千代田区丸の内1-1-1 みらいビル3階',
      phone: '03-1234-5678',
      sealPng: sampleSealPng(),
    },
    recipient: { name: '株式会社ケンショウ精機', honorific: '御中' },
    lines: [
      line('賃料 A-101 2027年1月分', 100_000, 'standard'),
      line('賃料 B-202 2027年1月分', 60_000, 'standard'),
      line('共益費 A-101 2027年1月分', 10_000, 'standard'),
      { ...line('電気料金 2026年12月使用分', 3_826, 'standard'), quantity: '123.450', unit: 'kWh', unitPrice: 31 },
      { ...line('会議用飲料', 1_080, 'reduced'), reducedRate: true },
      line('保証金', 300_000, 'out_of_scope'),
    ],
    taxSummary: [
      { category: 'standard', rate: 10, taxableAmount: 173_826, tax: 17_382, taxable: true },
      { category: 'reduced', rate: 8, taxableAmount: 1_080, tax: 86, taxable: true },
      { category: 'out_of_scope', rate: 0, taxableAmount: 300_000, tax: 0, taxable: false },
    ],
    subtotal: 474_906,
    tax: 17_468,
    total: 492_374,
    bankAccount: {
      bankName: 'みらい銀行',
      branchName: '丸の内支店',
      accountType: 'ordinary',
      accountNumber: '1234567',
      accountHolder: 'ｼｬ)ﾐﾗｲｲﾝｷｭﾍﾞｰｼｮﾝｾﾝﾀｰ',
    },
    original: null,
    reason: null,
    replaces: null,
    ...over,
  };
}

function line(description: string, amount: number, taxCategory: 'standard' | 'reduced' | 'out_of_scope') {
  return { description, quantity: '1', unit: '式', unitPrice: amount, amount, taxCategory, reducedRate: false };
}
