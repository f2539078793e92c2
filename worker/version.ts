// Reported by GET /health; kept in step with package.json by a test.
export const WORKER_VERSION = '0.1.0';
