import { Injectable } from '@nestjs/common';
import { Lease, LeaseLookup } from '@tamago/leasing';
import { Space, SpaceService } from '@tamago/spaces';
import { Tenant, TenantService } from '@tamago/tenants';
import {
  CONTACT_ROLE_LABELS,
  KIND_LABELS,
  LEASE_STATUS_LABELS,
  SPACE_STATUS_LABELS,
  TENANT_STATUS_LABELS,
} from './labels';
import { ExportTable } from './table-file';

/** The lists a facility can export. */
export type ExportList = 'tenants' | 'spaces' | 'leases';
export const EXPORT_LISTS: readonly ExportList[] = ['tenants', 'spaces', 'leases'];

const PAGE = 200;

/** Builds the export tables (Japanese headers) of a facility's tenants, spaces and leases. */
@Injectable()
export class ExportService {
  constructor(
    private readonly tenants: TenantService,
    private readonly spaces: SpaceService,
    private readonly leases: LeaseLookup,
  ) {}

  /** The table of one list. */
  table(facilityId: string, list: ExportList): Promise<ExportTable> {
    if (list === 'tenants') return this.tenantTable(facilityId);
    if (list === 'spaces') return this.spaceTable(facilityId);
    return this.leaseTable(facilityId);
  }

  private async tenantTable(facilityId: string): Promise<ExportTable> {
    const tenants = await this.allTenants(facilityId);
    const contactHeaders = [1, 2, 3].flatMap((n) =>
      ['氏名', 'フリガナ', '役割', 'メール', '電話'].map((h) => `連絡先${n}${h}`),
    );
    return {
      sheet: '入居企業',
      headers: [
        'ID',
        '入居企業名',
        'フリガナ',
        '区分',
        'ステータス',
        '法人番号',
        '屋号',
        '代表者',
        '住所',
        '業種',
        '設立日',
        '従業員数',
        'ウェブサイト',
        'タグ',
        '入居日',
        '卒業日',
        ...contactHeaders,
      ],
      rows: tenants.map((t) => [
        t.id,
        t.name,
        t.nameKana,
        KIND_LABELS[t.kind],
        TENANT_STATUS_LABELS[t.status],
        t.corporateNumber,
        t.tradeName,
        t.representative,
        t.address,
        t.industry,
        t.foundedOn,
        t.employees,
        t.website,
        t.tags.join('|'),
        t.enteredOn,
        t.graduatedOn,
        ...[0, 1, 2].flatMap((i) => {
          const c = t.contacts?.[i];
          return c
            ? [c.name, c.nameKana, CONTACT_ROLE_LABELS[c.role], c.email, c.phone]
            : [null, null, null, null, null];
        }),
      ]),
    };
  }

  private async spaceTable(facilityId: string): Promise<ExportTable> {
    const spaces = await this.allSpaces(facilityId);
    return {
      sheet: '居室',
      headers: ['ID', '居室コード', '建物', '階', '居室タイプ', '面積', '月額賃料', '共益費', '状態', '設備', '備考'],
      rows: spaces.map((s) => [
        s.id,
        s.code,
        s.building,
        s.floor,
        s.type?.code ?? null,
        s.areaSqm,
        s.monthlyRent,
        s.commonAreaFee,
        SPACE_STATUS_LABELS[s.status],
        s.equipment.join('|'),
        s.notes,
      ]),
    };
  }

  private async leaseTable(facilityId: string): Promise<ExportTable> {
    const [leases, tenants, spaces] = await Promise.all([
      this.allLeases(facilityId),
      this.allTenants(facilityId),
      this.allSpaces(facilityId),
    ]);
    const tenantName = new Map(tenants.map((t) => [t.id, t.name]));
    const spaceCode = new Map(spaces.map((s) => [s.id, s.code]));
    return {
      sheet: '入居契約',
      headers: [
        'ID',
        '入居企業名',
        '居室コード',
        '開始日',
        '終了日',
        '月額賃料',
        '共益費',
        '保証金',
        'ステータス',
        '契約締結日',
        '中途解約日',
      ],
      rows: leases.map((l) => [
        l.id,
        tenantName.get(l.tenantId) ?? l.tenantId,
        (l.spaces ?? []).map((s) => spaceCode.get(s.spaceId) ?? s.spaceId).join('|'),
        l.startDate,
        l.endDate,
        l.monthlyRent,
        l.commonAreaFee,
        l.deposit,
        LEASE_STATUS_LABELS[l.status],
        l.signedOn,
        l.terminatedOn,
      ]),
    };
  }

  private allTenants(facilityId: string): Promise<Tenant[]> {
    return pages((offset) => this.tenants.list(facilityId, { sort: 'name', limit: PAGE, offset }));
  }

  private allSpaces(facilityId: string): Promise<Space[]> {
    return pages((offset) => this.spaces.list(facilityId, { sort: 'code', limit: PAGE, offset }));
  }

  private allLeases(facilityId: string): Promise<Lease[]> {
    return pages((offset) => this.leases.list(facilityId, { sort: 'startDate', limit: PAGE, offset }));
  }
}

/** Reads a paged list to the end. */
async function pages<T>(page: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const all: T[] = [];
  for (;;) {
    const { items, total } = await page(all.length);
    all.push(...items);
    if (items.length === 0 || all.length >= total) return all;
  }
}
