// The app's client calls relative URLs (`/api/v1/…`), which a browser resolves against the page. Node's
// Request does not, so component tests resolve them against jsdom's location before MSW sees them.
const NodeRequest = globalThis.Request;

class PageRequest extends NodeRequest {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' && input.startsWith('/') ? new URL(input, window.location.origin) : input, init);
  }
}

globalThis.Request = PageRequest as typeof Request;
