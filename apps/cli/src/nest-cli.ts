export async function runNestCommand(): Promise<void> {
  throw new Error('unknown command');
}
