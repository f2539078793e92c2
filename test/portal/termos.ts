// TUSS Tabela 22 terms the mock's procedure lookup offers. Codes and names are the examples listed in
// data/tiss-tables/procedure-categories.csv (ANS TUSS 22, 2020 snapshot) and the manuals (docs/sources.md); copied,
// not invented, so rules keyed on categories (hemodiálise, ressonância…) meet real codes.
export interface Termo {
  codigo: string;
  descricao: string;
}

export const TERMOS: Termo[] = [
  { codigo: '10101012', descricao: 'Consulta em consultório (no horário normal ou preestabelecido)' },
  { codigo: '10101020', descricao: 'Consulta em domicílio' },
  // 003 Q7: SP/SADT de urgência "com o código de pronto socorro - 10101039" (FUNSSEST's urgencia-codigo rule).
  { codigo: '10101039', descricao: 'Consulta em pronto socorro' },
  { codigo: '10102019', descricao: 'Visita hospitalar (paciente internado)' },
  { codigo: '20104294', descricao: 'Terapia oncológica - planejamento e 1º dia de tratamento' },
  { codigo: '30101018', descricao: 'Abrasão cirúrgica (por sessão)' },
  { codigo: '30909023', descricao: 'Hemodiálise contínua (12h)' },
  { codigo: '30909031', descricao: 'Hemodiálise crônica (por sessão)' },
  { codigo: '40201082', descricao: 'Colonoscopia (inclui a retossigmoidoscopia)' },
  { codigo: '40202542', descricao: 'Polipectomia de cólon (independente do número de pólipos)' },
  { codigo: '40401014', descricao: 'Transfusão (ato médico ambulatorial ou hospitalar)' },
  { codigo: '40402045', descricao: 'Unidade de concentrado de hemácias' },
  { codigo: '41001010', descricao: 'TC - Crânio ou sela túrcica ou órbitas' },
  { codigo: '41101014', descricao: 'RM - Crânio (encéfalo)' },
  // 001 § 2.1 Etapa 3 (odonto wizard): "81000065 - Consulta odontológica inicial".
  { codigo: '81000065', descricao: 'Consulta odontológica inicial' },
];

export function termo(codigo: string): Termo | undefined {
  return TERMOS.find((t) => t.codigo === codigo);
}

/** Lookup search: by code prefix or by words of the name, case- and accent-insensitive. */
export function pesquisarTermos(q: string): Termo[] {
  const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const alvo = norm(q.trim());
  if (!alvo) return TERMOS;
  return TERMOS.filter((t) => t.codigo.startsWith(alvo) || norm(t.descricao).includes(alvo));
}
