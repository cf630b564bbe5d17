import { DomainError } from '@tamago/core';
import { parseReportRequest } from './report-request';

const today = '2027-01-16';
function fieldOf(input: Record<string, unknown>): string | undefined {
  try {
    parseReportRequest(input, today);
  } catch (e) {
    if (e instanceof DomainError) return e.details.errors?.[0].field;
    throw e;
  }
  return undefined;
}

describe('parseReportRequest', () => {
  it('names a monthly request by type, period and format', () => {
    expect(parseReportRequest({ type: 'monthly-occupancy', period: '2027-01', format: 'pdf' }, today)).toEqual({
      type: 'monthly-occupancy',
      format: 'pdf',
      period: '2027-01',
      fiscalYear: null,
      key: 'monthly-occupancy-2027-01-pdf',
    });
  });

  it('takes a fiscal year for the funder report, the current one included', () => {
    expect(parseReportRequest({ type: 'fiscal-year', fiscalYear: 2026, format: 'xlsx' }, today).key).toBe(
      'fiscal-year-FY2026-xlsx',
    );
  });

  it('lets support activity cover a month or a fiscal year', () => {
    expect(parseReportRequest({ type: 'support-activity', period: '2026-12', format: 'csv' }, today).period).toBe(
      '2026-12',
    );
    expect(parseReportRequest({ type: 'support-activity', fiscalYear: 2025, format: 'csv' }, today).fiscalYear).toBe(
      2025,
    );
  });

  it('refuses unknown types and formats naming the field', () => {
    expect(fieldOf({ type: 'sales', period: '2027-01', format: 'pdf' })).toBe('type');
    expect(fieldOf({ type: 'monthly-occupancy', period: '2027-01', format: 'docx' })).toBe('format');
  });

  it('refuses future, malformed, missing and unused scopes naming the field', () => {
    expect(fieldOf({ type: 'monthly-occupancy', period: '2027-02', format: 'pdf' })).toBe('period');
    expect(fieldOf({ type: 'monthly-occupancy', period: '2027-13', format: 'pdf' })).toBe('period');
    expect(fieldOf({ type: 'monthly-occupancy', format: 'pdf' })).toBe('period');
    expect(fieldOf({ type: 'monthly-occupancy', fiscalYear: 2026, format: 'pdf' })).toBe('fiscalYear');
    // January 2027 belongs to FY2026: FY2027 starts in April.
    expect(fieldOf({ type: 'fiscal-year', fiscalYear: 2027, format: 'pdf' })).toBe('fiscalYear');
    expect(fieldOf({ type: 'fiscal-year', fiscalYear: '2026', format: 'pdf' })).toBe('fiscalYear');
    expect(fieldOf({ type: 'fiscal-year', period: '2026-12', format: 'pdf' })).toBe('period');
    expect(fieldOf({ type: 'support-activity', period: '2026-12', fiscalYear: 2026, format: 'pdf' })).toBe(
      'fiscalYear',
    );
  });
});
