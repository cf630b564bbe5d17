/**
 * Set once the API has been asked to stop (SIGTERM): `/health` answers 503 so a load balancer
 * stops sending new requests, while the requests already sent are still served (see main.ts).
 */
export const lifecycle = { draining: false };
