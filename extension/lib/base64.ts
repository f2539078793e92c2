// File bytes as base64 text for runtime messages: Chrome serialises extension messages as JSON (a Uint8Array
// would arrive as an object of 15 million keys), Firefox clones them; a base64 string survives both, 4/3 the size.
type Base64Native = { toBase64?: () => string };
type FromBase64 = { fromBase64?: (s: string) => Uint8Array };

/** Bytes per String.fromCharCode call: well under every engine's argument limit. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Native).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  return btoa(binary);
}

/** Throws on text that is not base64 (the message schema checks it before this is called). */
export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as FromBase64).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
