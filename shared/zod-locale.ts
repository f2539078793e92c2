// zod's own messages in pt-BR (zod 4 ships the locale): every message a client can see is Portuguese, including
// the generic ones our schemas do not word themselves ("Grande demais: esperava que o texto tivesse <= 255
// caracteres"). z.config is global to the zod instance, so importing this once per bundle is enough:
// shared/finding-schemas.ts does, and every world that validates with zod imports it (the worker's and the
// extension's message schemas, and the pack schema the console and the CLI's pack commands use).
// zod/mini (tree-shakable: the content script carries only the schema types it uses) sets no locale of its own,
// and classic zod only sets English when none is set, so this holds in every world whatever the import order.
// The locale by name, not `z.locales.ptBR`: a namespace read keeps all 50 locales in an esbuild bundle.
import { ptBR } from 'zod/locales';
import * as z from 'zod/mini';

z.config(ptBR());
