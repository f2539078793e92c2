export default defineContentScript({
  matches: ['https://portalconectasaude.com.br/*'],
  main() {
    document.documentElement.dataset.tissPreflight = 'on';
  },
});
