// zod's own messages in pt-BR (zod 4 ships the locale): every message a client can see is Portuguese, including
// the generic ones our schemas do not word themselves ("Grande demais: esperava que o texto tivesse <= 255
// caracteres"). z.config is global to the zod instance, so importing this once per bundle is enough: shared/findings.ts
// does, and every world (worker, extension, admin console, CLI) imports findings.ts.
import * as z from 'zod';

z.config(z.locales.ptBR());
