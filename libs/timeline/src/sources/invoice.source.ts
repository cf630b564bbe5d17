import { Injectable } from '@nestjs/common';
import { InvoicesService, type Invoice } from '@tamago/billing';
import { SourceContext, TimelineItem, TimelineSource } from '../timeline-item';
import { midnightIn } from '../zoned-midnight';
import { yen } from './yen';

/**
 * Issued invoices, credit notes and voids, as billing exposes them (drafts never appear). All are
 * documents the tenant receives, so none is staff-only; the void reason is shown on the invoice too.
 */
@Injectable()
export class InvoiceSource implements TimelineSource {
  readonly kinds = ['invoice', 'credit_note', 'invoice_void'];

  constructor(private readonly invoices: InvoicesService) {}

  async itemsFor(facilityId: string, tenantId: string, ctx: SourceContext): Promise<TimelineItem[]> {
    const docs = await this.invoices.issuedForTenant(facilityId, tenantId);
    return docs.flatMap((d) => itemsOf(d, ctx.timeZone));
  }
}

function itemsOf(d: Invoice, timeZone: string): TimelineItem[] {
  const ref = { type: 'invoice', id: d.id };
  // Invoices carry an issue date (a business date), not an instant: place them at its start of day.
  const at = midnightIn(d.issueDate!, timeZone);
  if (d.kind === 'credit_note') {
    const original = d.snapshot?.original?.number;
    return [
      {
        at,
        kind: 'credit_note',
        title: `適格返還請求書 ${d.number} 発行 ${yen(-d.total)}${original ? `（${original} の返還）` : ''}`,
        titleEn: `Credit note ${d.number} issued ${yen(-d.total)}${original ? ` (against ${original})` : ''}`,
        ...(d.reason ? { detail: d.reason } : {}),
        staffOnly: false,
        ref,
      },
    ];
  }
  const items: TimelineItem[] = [
    {
      at,
      kind: 'invoice',
      title: `請求書 ${d.number} 発行 ${yen(d.total)}`,
      titleEn: `Invoice ${d.number} issued ${yen(d.total)}`,
      detail: `${d.period} 分${d.dueDate ? `、支払期日 ${d.dueDate}` : ''}`,
      staffOnly: false,
      ref,
    },
  ];
  if (d.status === 'void')
    items.push({
      at: (d.voidedAt ?? new Date(at)).toISOString(),
      kind: 'invoice_void',
      title: `請求書 ${d.number} 取消`,
      titleEn: `Invoice ${d.number} voided`,
      ...(d.voidReason ? { detail: d.voidReason } : {}),
      staffOnly: false,
      ref,
    });
  return items;
}
