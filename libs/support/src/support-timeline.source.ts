import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner, queryRows } from '@tamago/database';
import { facilityTimeZone } from '@tamago/facilities';

/** One entry of a company's timeline, as the support context contributes it. */
export interface SupportTimelineItem {
  /** ISO instant (UTC). Date-only facts (a stage date) are placed at 00:00 in the facility's time zone. */
  at: string;
  /** 'subsidy_stage' | 'subsidy_note' | 'advisory_session' | 'consultation' | 'session_notes' */
  kind: string;
  /** Japanese, the product's first language. */
  title: string;
  /** The same title in English. */
  titleEn: string;
  /** True for staff-only content (notes); the timeline must drop these for tenant users. */
  staffOnly: boolean;
  /** What the entry points at, e.g. { type: 'subsidy_application', id }. */
  ref: { type: 'subsidy_application' | 'advisory_session'; id: string };
  /**
   * Session notes: the users who hold the session (its advisor's account, the staff member in
   * charge). A reader confined to their own sessions (an advisor only) sees the notes of these alone.
   */
  holders?: string[];
}

/** Bounds of a timeline query; both optional, inclusive instants. */
export interface TimelineWindow {
  from?: Date;
  to?: Date;
}

interface StageRow {
  id: string;
  application_id: string;
  to_stage: string;
  at: Date;
  note: string | null;
  program_name: string;
  round_name: string;
}

interface SessionRow {
  id: string;
  kind: string;
  starts_at: Date;
  topic: string;
  status: string;
  channel: string | null;
  advisor_name: string | null;
  summary: string | null;
  notes: string | null;
  staff_id: string | null;
  advisor_user_id: string | null;
}

type Label = [ja: string, en: string];

const STAGE: Record<string, Label> = {
  planning: ['準備中', 'planning'],
  applied: ['申請', 'applied'],
  adopted: ['採択', 'adopted'],
  not_adopted: ['不採択', 'not adopted'],
  grant_applied: ['交付申請', 'grant applied'],
  grant_decided: ['交付決定', 'grant decided'],
  in_progress: ['事業実施中', 'in progress'],
  reported: ['実績報告', 'reported'],
  amount_fixed: ['額の確定', 'amount fixed'],
  claimed: ['精算払請求', 'claimed'],
  paid: ['入金', 'paid'],
  withdrawn: ['辞退', 'withdrawn'],
  cancelled: ['取消', 'cancelled'],
};

const TOPIC: Record<string, Label> = {
  subsidy: ['補助金', 'subsidy'],
  funding: ['資金調達', 'funding'],
  technology: ['技術', 'technology'],
  intellectual_property: ['知的財産', 'intellectual property'],
  sales_marketing: ['販路開拓', 'sales and marketing'],
  management: ['経営', 'management'],
  legal: ['法務', 'legal'],
  human_resources: ['人材', 'human resources'],
  carbon_neutrality: ['カーボンニュートラル', 'carbon neutrality'],
  facility: ['施設', 'facility'],
  other: ['その他', 'other'],
};

const SESSION_STATUS: Record<string, Label> = {
  booked: ['予約済み', 'booked'],
  completed: ['実施済み', 'completed'],
  cancelled: ['キャンセル', 'cancelled'],
  no_show: ['欠席', 'no show'],
};

const CHANNEL: Record<string, Label> = {
  phone: ['電話', 'phone'],
  walk_in: ['来訪', 'walk-in'],
  email: ['メール', 'email'],
  online: ['オンライン', 'online'],
  onsite: ['対面', 'onsite'],
};

/** The label of a code; an unknown code is shown as it is. */
const label = (table: Record<string, Label>, code: string): Label => table[code] ?? [code, code];

/**
 * What the support context contributes to a company's timeline: every step of its subsidy
 * cases and every advisory session or consultation. Notes come as separate staffOnly items so
 * the reader's filter (not this source) decides what a tenant user sees.
 */
@Injectable()
export class SupportTimelineSource {
  constructor(private readonly tx: TransactionRunner) {}

  /** The tenant's support items in a new facility transaction, oldest first. */
  forTenant(facilityId: string, tenantId: string, window: TimelineWindow = {}): Promise<SupportTimelineItem[]> {
    return this.tx.inFacility(facilityId, (em) => this.forTenantIn(em, facilityId, tenantId, window));
  }

  /** The same inside an open transaction (for a timeline that gathers several contexts at once). */
  async forTenantIn(
    em: EntityManager,
    facilityId: string,
    tenantId: string,
    window: TimelineWindow = {},
  ): Promise<SupportTimelineItem[]> {
    const items = [
      ...(await this.stageItems(em, facilityId, tenantId)),
      ...(await this.sessionItems(em, facilityId, tenantId)),
    ].filter(
      (i) => (!window.from || i.at >= window.from.toISOString()) && (!window.to || i.at <= window.to.toISOString()),
    );
    return items.sort((a, b) => a.at.localeCompare(b.at));
  }

  private async stageItems(em: EntityManager, facilityId: string, tenantId: string): Promise<SupportTimelineItem[]> {
    const rows = await queryRows<StageRow>(
      em,
      `SELECT e.id, e.application_id, e.to_stage, e.note, p.name AS program_name, r.name AS round_name,
              (e.occurred_on::timestamp AT TIME ZONE $3) AS at
         FROM subsidy_stage_events e
         JOIN subsidy_applications a ON a.id = e.application_id AND a.facility_id = e.facility_id
         JOIN subsidy_programs p ON p.id = a.program_id AND p.facility_id = a.facility_id
         JOIN subsidy_rounds r ON r.id = a.round_id AND r.facility_id = a.facility_id
        WHERE e.facility_id = $1 AND a.tenant_id = $2
        ORDER BY e.occurred_on, e.created_at`,
      [facilityId, tenantId, await facilityTimeZone(em, facilityId)],
    );
    return rows.flatMap((r) => {
      const ref = { type: 'subsidy_application' as const, id: r.application_id };
      const at = new Date(r.at).toISOString();
      const [ja, en] = label(STAGE, r.to_stage);
      const title = `補助金: ${ja} — ${r.program_name}（${r.round_name}）`;
      const titleEn = `Subsidy: ${en} — ${r.program_name} (${r.round_name})`;
      const item: SupportTimelineItem = { at, kind: 'subsidy_stage', title, titleEn, staffOnly: false, ref };
      // A note is what staff typed: shown as written in both languages.
      const note = r.note ? { at, kind: 'subsidy_note', title: r.note, titleEn: r.note, staffOnly: true, ref } : null;
      return note ? [item, note] : [item];
    });
  }

  private async sessionItems(em: EntityManager, facilityId: string, tenantId: string): Promise<SupportTimelineItem[]> {
    const rows = await queryRows<SessionRow>(
      em,
      `SELECT s.id, s.kind, s.starts_at, s.topic, s.status, s.channel, s.summary, s.notes, a.name AS advisor_name,
              s.staff_id, a.user_id AS advisor_user_id
         FROM advisory_sessions s
         LEFT JOIN advisors a ON a.id = s.advisor_id AND a.facility_id = s.facility_id
        WHERE s.facility_id = $1 AND s.tenant_id = $2
        ORDER BY s.starts_at`,
      [facilityId, tenantId],
    );
    return rows.flatMap((r) => {
      const ref = { type: 'advisory_session' as const, id: r.id };
      const at = new Date(r.starts_at).toISOString();
      const consultation = r.kind === 'consultation';
      const kind = consultation ? 'consultation' : 'advisory_session';
      const [topicJa, topicEn] = label(TOPIC, r.topic);
      const [statusJa, statusEn] = label(SESSION_STATUS, r.status);
      const channel = r.channel ? label(CHANNEL, r.channel) : null;
      const who: Label = r.advisor_name ? [r.advisor_name, r.advisor_name] : (channel ?? ['', '']);
      const summary = r.summary ? `: ${r.summary}` : '';
      const title = `${consultation ? '相談' : '専門家相談'}（${[topicJa, who[0], statusJa].filter(Boolean).join('・')}）${summary}`;
      const titleEn = `${consultation ? 'Consultation' : 'Advisory session'} (${[topicEn, who[1], statusEn].filter(Boolean).join(', ')})${summary}`;
      const item: SupportTimelineItem = { at, kind, title, titleEn, staffOnly: false, ref };
      const notes = r.notes
        ? {
            at,
            kind: 'session_notes',
            title: r.notes,
            titleEn: r.notes,
            staffOnly: true,
            ref,
            holders: [r.staff_id, r.advisor_user_id].filter((u): u is string => u !== null),
          }
        : null;
      return notes ? [item, notes] : [item];
    });
  }
}
