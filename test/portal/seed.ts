// Seed state of the mock portal: synthetic beneficiaries (carteiras 99999…, "BENEFICIARIO TESTE NN"), a
// fictitious prestador and the lotes the end-to-end tests need (see README "Seed state"). Dates are relative
// to the instance's "today" so date-window checks behave the same on any day.
import {
  type Anexo,
  type Autorizacao,
  addDays,
  type Beneficiario,
  type Glosa,
  type Guia,
  type Lote,
  type Operadora,
  type Pagamento,
  type PortalData,
  type Procedimento,
  type Profissional,
  type TipoGuia,
} from './state.ts';
import { termo } from './termos.ts';

export const PASA: Operadora = { nome: 'PASA', ans: '331988' };
export const PAS_SERPRO: Operadora = { nome: 'PAS SERPRO', ans: '345474' };
export const POSTAL_SAUDE: Operadora = { nome: 'POSTAL SAÚDE', ans: '419133' };
/** 004's screenshots: "IPAM - ANS nº 999991" (a test base, see conecta-portal.md). */
export const IPAM: Operadora = { nome: 'IPAM', ans: '999991' };
/** 003 names no registro ANS; 330809 is the plan's public regulamento's. The name is the mock's (unverified). */
export const FUNSSEST: Operadora = { nome: 'ARCELORMITTAL TUBARÃO / FUNSSEST', ans: '330809' };

export const PRESTADOR = 'CLINICA TESTE LTDA (FICTICIA) - 00.000.000/0001-91';
export const CNES = '9999999 - Não informado';

export const SOLICITANTE_TESTE: Profissional = {
  nome: 'MEDICO TESTE 01',
  conselho: 'CRM',
  numero: '3233',
  uf: 'RS',
  cbo: '225125 - Médico clínico',
};

/** The wrong pair the login page refuses (any other e-mail/senha is accepted). */
export const CREDENCIAIS_INVALIDAS = { email: 'errado@teste.com.br', senha: 'senha-errada' };

export function beneficiarios(): Beneficiario[] {
  return Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { carteira: `99999${String(i + 1).padStart(11, '0')}`, nome: `BENEFICIARIO TESTE ${n}` };
  });
}

export function seedPortal(today: string): PortalData {
  const bens = beneficiarios();
  const data: PortalData = {
    operadoras: [PASA, PAS_SERPRO, POSTAL_SAUDE, IPAM, FUNSSEST],
    autorizacoes: [],
    beneficiarios: bens,
    lotes: [],
    guias: [],
    recursos: [],
    uploads: [],
    pagamentos: [],
    proximoLote: 8520,
    proximaGuia: 71800,
    proximoDocumento: 2457,
    proximoProtocolo: 108,
    proximoRecurso: 52538,
  };

  const proc = (
    sequencial: number,
    codigo: string,
    dataRealizacao: string,
    valorUnitario: number,
    glosas: Glosa[] = [],
  ): Procedimento => ({
    sequencial,
    codigo,
    descricao: termo(codigo)?.descricao ?? '',
    dataRealizacao,
    quantidade: 1,
    valorUnitario,
    glosas,
  });

  const guia = (
    operadora: Operadora,
    tipo: TipoGuia,
    beneficiarioIndex: number,
    procedimentos: Procedimento[],
    lote?: number,
  ): Guia => {
    const g: Guia = {
      numero: String(data.proximaGuia++),
      tipo,
      operadora,
      beneficiario: bens[beneficiarioIndex % bens.length]!,
      dataDigitacao: procedimentos[0]?.dataRealizacao ?? today,
      solicitante: SOLICITANTE_TESTE,
      executante: { contratado: PRESTADOR, cnes: CNES, profissional: SOLICITANTE_TESTE },
      procedimentos,
      anexos: [],
    };
    if (lote !== undefined) g.lote = lote;
    data.guias.push(g);
    return g;
  };

  const lote = (fields: Partial<Lote> & Pick<Lote, 'numero' | 'operadora' | 'tipoGuia'>): Lote => {
    const l: Lote = {
      situacao: 'Aberto',
      dataInclusao: addDays(today, -5),
      situacaoProtocolo: 'Não enviado',
      guias: [],
      anexos: [],
      log: [],
      ...fields,
    };
    data.lotes.push(l);
    return l;
  };

  const anexo = (
    numero: number,
    tipoDocumento: string,
    nomeArquivo: string,
    situacao: Anexo['situacao'],
    data = addDays(today, -2),
  ): Anexo => ({
    numero,
    tipoDocumento,
    nomeArquivo,
    tamanho: 104_857,
    data,
    situacao,
  });

  /** A guia of one procedure (sequencial 1) done `dias` days ago. */
  const um = (codigo: string, dias: number, valorUnitario: number, glosas?: Glosa[]) => [
    proc(1, codigo, addDays(today, -dias), valorUnitario, glosas),
  ];

  /** Guias of the lote's operadora and type, in it, one per list of procedures, beneficiários from `primeiro` on. */
  const comGuias = (l: Lote, primeiro: number, guias: Procedimento[][]): Lote => {
    for (const [i, procedimentos] of guias.entries())
      l.guias.push(guia(l.operadora, l.tipoGuia, primeiro + i, procedimentos, l.numero).numero);
    return l;
  };

  /** A lote included, closed and sent to the operadora `dias` days ago, under `protocolo`. */
  const enviadoHa = (dias: number, protocolo: string, situacaoProtocolo: string) => ({
    situacao: 'Enviado à operadora' as const,
    dataInclusao: addDays(today, -dias),
    dataFechamento: addDays(today, -dias),
    dataEnvio: addDays(today, -dias),
    protocolo,
    situacaoProtocolo,
  });

  const encher = (l: Lote, quantas: number, codigo: string) =>
    comGuias(
      l,
      0,
      Array.from({ length: quantas }, (_, i) => um(codigo, 10 + (i % 20), 8000)),
    );

  // Lote at the limit (a 101st guia is refused by the portal) and one just below it.
  encher(lote({ numero: 8501, operadora: PASA, tipoGuia: 'Cobrança SP/SADT' }), 100, '10101012');
  encher(lote({ numero: 8502, operadora: PASA, tipoGuia: 'Cobrança SP/SADT' }), 99, '10101012');

  // Closed lote whose procedures need anexos (anexos can no longer be included).
  comGuias(
    lote({
      numero: 8503,
      operadora: PAS_SERPRO,
      tipoGuia: 'Cobrança SP/SADT',
      situacao: 'Fechado (envio pendente)',
      dataFechamento: addDays(today, -1),
    }),
    0,
    ['41101014', '30909031', '10101012'].map((codigo) => um(codigo, 7, 45000)),
  );

  // Open lote whose procedures need anexos (PAS SERPRO manual); one "04-INDICACAO CLINICA" already attached.
  const comAnexos = comGuias(
    lote({ numero: 8504, operadora: PAS_SERPRO, tipoGuia: 'Cobrança SP/SADT' }),
    3,
    ['30909031', '41101014', '40201082', '40401014'].map((codigo) => um(codigo, 6, 52000)),
  );
  comAnexos.anexos.push(anexo(2456, '04-INDICACAO CLINICA', 'indicacao_clinica_rm.pdf', 'Envio Pendente'));

  // Open Consulta lote with atendimentos older than 90 days (date window) next to a recent one.
  comGuias(
    lote({ numero: 8505, operadora: PASA, tipoGuia: 'Consulta' }),
    7,
    [120, 95, 10].map((dias) => um('10101012', dias, 15000)),
  );

  // Sent lote, protocolo "Faturado" with glosas: recurso de glosa allowed.
  const valorApresentadoAMaior = { codigo: '1705', descricao: 'VALOR APRESENTADO A MAIOR' };
  const glosasDoServico: Glosa[] = [
    { codigo: '1714', descricao: 'VALOR DO SERVIÇO SUPERIOR AO VALOR DE TABELA', valorGlosado: 6000 },
    { codigo: '2607', descricao: 'COBRANÇA DE HONORÁRIOS EM DUPLICIDADE.', valorGlosado: 4000 },
  ];
  const faturado = comGuias(
    lote({
      numero: 8470,
      operadora: PASA,
      tipoGuia: 'Cobrança SP/SADT',
      ...enviadoHa(45, '103', 'Faturado'),
      dataPagamento: addDays(today, -10),
    }),
    10,
    [
      um('41001010', 50, 30000, [{ ...valorApresentadoAMaior, valorGlosado: 10000 }]),
      [
        proc(1, '10101012', addDays(today, -50), 10000, glosasDoServico),
        proc(2, '40401014', addDays(today, -50), 20000),
      ],
    ],
  );
  faturado.anexos.push(anexo(2442, '03-EXAMES COMPLEMENTARES', 'exames_complementares.pdf', 'Enviado'));

  // Sent lote with glosas whose protocolo situação does not allow recurso yet.
  comGuias(
    lote({ numero: 8483, operadora: PASA, tipoGuia: 'Consulta', ...enviadoHa(20, '106', 'Liberado para Faturamento') }),
    12,
    [um('10101012', 25, 20000, [{ ...valorApresentadoAMaior, valorGlosado: 5000 }])],
  );

  // Sent lote without glosas, another operadora.
  comGuias(
    lote({
      numero: 8436,
      operadora: POSTAL_SAUDE,
      tipoGuia: 'Consulta',
      ...enviadoHa(30, '97', 'Enviada para a operadora'),
    }),
    13,
    [um('10101012', 31, 15000)],
  );

  // Empty open lote.
  lote({ numero: 8435, operadora: PASA, tipoGuia: 'Consulta', dataInclusao: addDays(today, -1) });

  // --- Lotes for the checks on what the real lote page shows (issue 11) ---

  // Open lote whose "Enviar Até (Calendário)" passed two days ago, left Aberto for 30 days.
  comGuias(
    lote({
      numero: 8510,
      operadora: PASA,
      tipoGuia: 'Cobrança SP/SADT',
      dataInclusao: addDays(today, -30),
      enviarAte: addDays(today, -2),
    }),
    1,
    [um('10101012', 31, 8000), um('10101012', 31, 8000)],
  );

  // Open lote whose Enviar Até is three days away.
  comGuias(
    lote({
      numero: 8511,
      operadora: PASA,
      tipoGuia: 'Consulta',
      dataInclusao: addDays(today, -3),
      enviarAte: addDays(today, 3),
    }),
    2,
    [um('10101012', 4, 15000)],
  );

  // Paid IPAM lote: Data Pagamento 55 days ago, glosas (004 § 13: recurso within 60 days of payment).
  comGuias(
    lote({
      numero: 8512,
      operadora: IPAM,
      tipoGuia: 'Consulta',
      ...enviadoHa(80, '107', 'Pagamento efetuado'),
      dataPagamento: addDays(today, -55),
    }),
    17,
    [um('10101012', 85, 10000, glosasDoServico), um('10101012', 84, 9700)],
  );

  // Sent PAS SERPRO lote with a document still "Envio Pendente" (its sending failed, 000 Q5–Q6).
  const pendente = comGuias(
    lote({
      numero: 8513,
      operadora: PAS_SERPRO,
      tipoGuia: 'Cobrança SP/SADT',
      ...enviadoHa(10, '109', 'Enviada para a operadora'),
      dataInclusao: addDays(today, -12),
    }),
    19,
    [um('41101014', 14, 45000)],
  );
  pendente.anexos.push(anexo(2450, '03-EXAMES COMPLEMENTARES', 'exames_8513.pdf', 'Enviado', addDays(today, -11)), {
    ...anexo(2451, '04-INDICACAO CLINICA', 'indicacao_clinica_8513.pdf', 'Envio Pendente', addDays(today, -11)),
    motivoFalha: 'Não encontrada tipo de documento válido com código 114.',
  });

  // FUNSSEST lote holding 101 guias (003 Q28: at most 100 per PEG), e.g. built outside the portal's wizard.
  encher(
    lote({ numero: 8514, operadora: FUNSSEST, tipoGuia: 'Cobrança SP/SADT', dataInclusao: addDays(today, -2) }),
    101,
    '10101012',
  );

  // Saved but not sent (001 § 1; 004 § 9.2 b): Fechado for 18 days, Enviando for 12.
  comGuias(
    lote({
      numero: 8515,
      operadora: PASA,
      tipoGuia: 'Cobrança SP/SADT',
      situacao: 'Fechado (envio pendente)',
      dataInclusao: addDays(today, -20),
      dataFechamento: addDays(today, -18),
    }),
    5,
    [um('10101012', 21, 8000)],
  );
  comGuias(
    lote({
      numero: 8516,
      operadora: POSTAL_SAUDE,
      tipoGuia: 'Consulta',
      situacao: 'Enviando',
      dataInclusao: addDays(today, -15),
      dataFechamento: addDays(today, -12),
      log: [`${addDays(today, -12)} Lote enviado para processamento.`],
    }),
    6,
    [um('10101012', 16, 15000)],
  );

  // A recurso de glosa saved 20 days ago and never sent ("Não enviado", 002 § 2.3; 004 § 13.7).
  data.recursos.push({
    numero: 52531,
    lote: 8512,
    dataInclusao: addDays(today, -20),
    situacao: 'Não enviado',
    nivel: 'Em digitação',
    justificativas: [],
    anexos: [],
  });

  // Pagamentos Pendentes (004 § 11): one awaiting its nota fiscal, one whose nota was saved but not sent.
  const pagamento = (p: Omit<Pagamento, 'operadora'>): Pagamento => ({ operadora: IPAM, ...p });
  data.pagamentos.push(
    pagamento({
      id: 1,
      dataPagamento: addDays(today, 8),
      status: 'Aguardando Nota Fiscal',
      valorBase: 18124,
      irrf: 217,
      lotes: [
        { protocolo: '107', lote: '8512', apresentado: 9700, glosado: 0, pago: 9700, tipo: 'Consulta' },
        { protocolo: '106', lote: '8483', apresentado: 0, glosado: -8424, pago: 8424, tipo: 'SP/SADT' },
      ],
      notas: [],
    }),
    pagamento({
      id: 2,
      dataPagamento: addDays(today, 38),
      status: 'Aguardando Nota Fiscal',
      valorBase: 25000,
      irrf: 300,
      lotes: [{ protocolo: '110', lote: '8517', apresentado: 25000, glosado: 0, pago: 25000, tipo: 'Consulta' }],
      notas: [
        {
          numero: '12121',
          serie: '1',
          valor: 25000,
          emissao: addDays(today, -1),
          status: '',
          anexo: anexo(2470, 'NOTA FISCAL', 'nf_12121.pdf', 'Envio Pendente', addDays(today, -1)),
        },
      ],
    }),
  );

  // Typed guias not yet in a lote ("Adicionar Guias" finds them).
  guia(PASA, 'Cobrança SP/SADT', 14, um('10101012', 3, 8000));
  guia(PASA, 'Cobrança SP/SADT', 15, um('41001010', 4, 30000));
  guia(PASA, 'Consulta', 16, um('10101012', 2, 15000));

  // XML files sent earlier (Uploads → Novo history): one clean, one refused for its TISS version.
  data.uploads.push(
    {
      dataHora: `${addDays(today, -3)} 10:24`,
      arquivo: '000000000000000000008436_00cb633ac2b367a6935aea855a5de4aa.xml',
      criticas: [],
      numeroLote: '8436',
    },
    {
      dataHora: `${addDays(today, -4)} 15:14`,
      arquivo: 'lote_consultas_outubro.xml',
      criticas: ['Versão do Padrão TISS 3.05.00 não aceita. Versões aceitas: 4.01.00, 4.02.00.'],
      numeroLote: '000000000777',
    },
  );

  // Autorizações, listed by Pesquisa de Guias (004 §§ 6, 8, 9.2) and opened in Detalhes da Guia (004 § 6).
  // FUNSSEST (validade 60 days from the autorização, 003 Q22): one still valid, one whose senha expired 10 days
  // ago, one still in analysis, one saved and not sent; IPAM: the rows of 004's figures (types and situações
  // as printed there), Validade 60 days as 004 § 6's example (28/11/2023 → 27/01/2024).
  const autorizacao = (
    operadora: Operadora,
    numero: number,
    tipo: string,
    situacao: Autorizacao['situacao'],
    diasAtras: number,
    hora: string,
    beneficiario: number,
  ) => {
    const dataSolicitacao = addDays(today, -diasAtras);
    const autorizada = situacao === 'Autorizada';
    data.autorizacoes.push({
      numero,
      operadora,
      tipo,
      situacao,
      ...(autorizada
        ? {
            dataAutorizacao: dataSolicitacao,
            senha: String(182783294 + (numero - 71790) * 7),
            validade: addDays(dataSolicitacao, 60),
            guiaOperadora: String(239600 + (numero % 100)),
          }
        : {}),
      dataSolicitacao: `${dataSolicitacao} ${hora}`,
      beneficiario: bens[beneficiario]!,
    });
  };
  autorizacao(FUNSSEST, 71790, 'SP/SADT', 'Autorizada', 20, '14:05:12', 4);
  autorizacao(FUNSSEST, 71791, 'SP/SADT', 'Autorizada', 70, '14:05:40', 5);
  autorizacao(FUNSSEST, 71793, 'SP/SADT', 'Em análise', 2, '09:12:03', 6);
  autorizacao(FUNSSEST, 71794, 'Consulta', 'Não solicitada (envio pendente)', 1, '16:40:27', 7);
  autorizacao(IPAM, 71847, 'Consulta', 'Autorizada', 2, '12:25:24', 0);
  autorizacao(IPAM, 71850, 'Tratamento Odontológico', 'Em análise', 2, '12:39:40', 0);
  autorizacao(IPAM, 71855, 'Tratamento Odontológico', 'Em análise', 2, '17:39:18', 0);
  autorizacao(IPAM, 71892, 'Solicit. Internação', 'Em análise', 0, '13:05:45', 1);
  autorizacao(IPAM, 71904, 'Anexo OPME', 'Não solicitada (envio pendente)', 0, '15:00:31', 0);
  autorizacao(IPAM, 71905, 'Solicit. Internação', 'Autorizada', 0, '15:02:04', 1);
  return data;
}
