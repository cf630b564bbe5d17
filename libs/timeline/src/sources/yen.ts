/** Integer yen as shown on the timeline: ¥110,000; a negative amount as -¥7,500,000. */
export function yen(amount: number): string {
  return `${amount < 0 ? '-' : ''}¥${Math.abs(amount).toLocaleString('ja-JP')}`;
}
