// Everything the extension adds to the page carries this tag or attribute, so the adapter never reads our
// own text as the portal's and the feature manager ignores the mutations we cause.
export const WARNING_TAG = 'tiss-preflight-aviso';
export const OWN_UI_ATTRIBUTE = 'data-tiss-preflight-ui';
export const OWN_UI_SELECTOR = `${WARNING_TAG}, [${OWN_UI_ATTRIBUTE}]`;
/**
 * On <html>, the number of runs once the content script is done with the page as it is, absent while a run is due
 * (start.ts); end-to-end tests wait for it before saying that something is not shown. Holds no page data.
 */
export const RUN_ATTRIBUTE = 'data-tiss-preflight-run';

/** `el.matches(OWN_UI_SELECTOR)` without the selector engine: asked of every element of a page walk. */
export function isOwnElement(el: Element): boolean {
  return el.localName === WARNING_TAG || el.hasAttribute(OWN_UI_ATTRIBUTE);
}

export function isOwnUi(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && (n as Element).matches(OWN_UI_SELECTOR)) return true;
    // Inside one of our shadow roots.
    if (n.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (n as ShadowRoot).host?.matches(OWN_UI_SELECTOR)) return true;
  }
  return false;
}
