/**
 * Preloaded (`node --require`) into the API and worker that `npm start` spawns: they run in process
 * groups of their own, so when the supervisor dies without stopping them (kill -9), its IPC channel
 * closes and they stop themselves the usual way instead of running on unowned.
 */
if (process.send) {
  process.channel?.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
