/** Returns a required option's value or fails with a message naming the flag. */
export function requireOption(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new Error(`${flag} is required`);
  return value;
}
