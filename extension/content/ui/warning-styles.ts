// Styles live inside each shadow root: the portal's Bootstrap cannot reach in and ours cannot leak out.
export const WARNING_CSS = `
:host { all: initial; display: block; margin: 4px 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1f2328; }
:host([data-placement="inline"]) { display: inline-block; margin: 0 0 0 8px; vertical-align: middle; }
.aviso { border-left: 4px solid var(--cor); background: var(--fundo); padding: 6px 8px; border-radius: 4px; }
.aviso[data-severity="error"] { --cor: #cf222e; --fundo: #ffebe9; }
.aviso[data-severity="warning"] { --cor: #bf8700; --fundo: #fff8c5; }
.aviso[data-severity="info"] { --cor: #0969da; --fundo: #ddf4ff; }
.titulo { font-weight: 600; margin: 0 0 2px; }
ul { margin: 0; padding: 0; list-style: none; }
li { display: flex; gap: 8px; align-items: flex-start; padding: 2px 0; }
li .texto { flex: 1; }
button { all: unset; cursor: pointer; color: #57606a; padding: 0 4px; border-radius: 3px; font-size: 12px; }
button:hover, button:focus-visible { background: rgba(0,0,0,.08); outline: 2px solid #0969da; }
.selo { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; background: var(--fundo); color: var(--cor); border: 1px solid var(--cor); }
.acao { all: unset; cursor: pointer; margin-left: 6px; padding: 1px 8px; border-radius: 4px; border: 1px solid #0969da; color: #0969da; font-size: 12px; }
`;
