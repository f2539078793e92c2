// The admin token lives in sessionStorage only: it goes away with the tab, never lands on disk in
// localStorage, and is sent only as a Bearer header to this same origin.
const KEY = 'tiss-preflight.admin.token';

export function loadToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}
