/** A survey's unsent answers, kept on this device until submitted (the API stores only submissions). */
export interface SurveyDraft {
  values: Record<string, string | number>;
  savedAt: string;
}

const keyOf = (userId: string, surveyId: string) => `tamago.kpiDraft.${userId}.${surveyId}`;

export function loadDraft(userId: string, surveyId: string): SurveyDraft | null {
  try {
    const raw = localStorage.getItem(keyOf(userId, surveyId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as SurveyDraft;
    return typeof parsed === 'object' && parsed && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, surveyId: string, values: Record<string, string | number>): SurveyDraft {
  const draft = { values, savedAt: new Date().toISOString() };
  localStorage.setItem(keyOf(userId, surveyId), JSON.stringify(draft));
  return draft;
}

export function clearDraft(userId: string, surveyId: string): void {
  localStorage.removeItem(keyOf(userId, surveyId));
}
