// Keyboard commands declared in the manifest (wxt.config.ts) and handled by the background.
export const AUTOFILL_COMMAND = 'preencher-perfil';
export const AUTOFILL_DEFAULT_KEY = 'Alt+Shift+P';
