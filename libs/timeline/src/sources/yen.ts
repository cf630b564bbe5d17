/** Integer yen as shown on the timeline: ¥110,000. */
export function yen(amount: number): string {
  return `¥${amount.toLocaleString('ja-JP')}`;
}
