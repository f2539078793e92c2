// The content script's first module: marks on the page's performance timeline when the script started to run,
// so `npm run bench:ext` can time injection → first badge with the real extension.
performance.mark('tiss-preflight:inicio');
