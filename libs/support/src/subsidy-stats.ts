/** Counts behind an adoption rate. */
export interface AdoptionCounts {
  applied: number;
  adopted: number;
  notAdopted: number;
}

/** Adoption statistics of a programme or round; the rate is over decided applications only. */
export interface AdoptionStats extends AdoptionCounts {
  /** Applied and not yet decided (or withdrawn before the decision). */
  undecided: number;
  /** adopted ÷ (adopted + notAdopted) in basis points, rounded half up; null before any decision. */
  adoptionRateBp: number | null;
  /** The same as a string such as "66.67%". */
  adoptionRate: string | null;
}

/** Adoption rate in integer basis points (no floats): 2 of 3 → 6667. */
export function adoptionStats(counts: AdoptionCounts): AdoptionStats {
  const decided = counts.adopted + counts.notAdopted;
  const bp = decided === 0 ? null : Math.floor((2 * counts.adopted * 10_000 + decided) / (2 * decided));
  return {
    ...counts,
    undecided: counts.applied - decided,
    adoptionRateBp: bp,
    adoptionRate: bp === null ? null : `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`,
  };
}
