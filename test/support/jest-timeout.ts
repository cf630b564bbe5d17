// Jest reads `testTimeout` only from the top-level configuration, not from a project's, so
// e2e files would otherwise get the 5 s default: too short for booting the API on a busy
// machine. This applies to tests and hooks alike.
jest.setTimeout(60000);
