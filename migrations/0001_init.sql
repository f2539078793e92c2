-- Rule packs per operadora, every publication kept, drafts, admin tokens (hashed) and the audit log.
-- Nothing here ever holds an XML file or beneficiary data.

CREATE TABLE operadoras (
  ans TEXT PRIMARY KEY,
  nome TEXT NOT NULL,
  current_sequence INTEGER NOT NULL,
  current_versao TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- One row per publication. (ans, sequence) is the primary key: two publishers racing from the same base
-- both try to insert sequence + 1 and only one insert can succeed.
CREATE TABLE publications (
  ans TEXT NOT NULL,
  sequence INTEGER NOT NULL,
  versao TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('seed', 'publish', 'rollback')),
  rollback_of TEXT,
  note TEXT NOT NULL DEFAULT '',
  envelope TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_by TEXT NOT NULL,
  PRIMARY KEY (ans, sequence)
);
CREATE INDEX publications_by_versao ON publications (ans, versao, sequence);

CREATE TABLE drafts (
  ans TEXT PRIMARY KEY,
  revision INTEGER NOT NULL,
  pack TEXT NOT NULL,
  base_sequence INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'publisher')),
  hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT,
  action TEXT NOT NULL,
  ans TEXT,
  from_versao TEXT,
  to_versao TEXT,
  from_sequence INTEGER,
  to_sequence INTEGER,
  detail TEXT
);
CREATE INDEX audit_by_ans ON audit (ans, id);
CREATE INDEX audit_by_at ON audit (at);
