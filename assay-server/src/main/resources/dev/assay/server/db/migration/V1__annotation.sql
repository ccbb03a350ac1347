-- Assay server schema v1, for SQLite and PostgreSQL alike (the placeholders id, ref, bigint and
-- double are the column types Dialect gives each): users and API tokens, projects and members, items,
-- assignments (with the A/B order each annotator saw) and annotations in item terms.
CREATE TABLE users (
  id ${id},
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'lead', 'annotator', 'client')),
  password_hash TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  id ${id},
  user_id ${ref} NOT NULL REFERENCES users (id),
  token_sha256 TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE TABLE projects (
  id ${id},
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  overlap INTEGER NOT NULL CHECK (overlap >= 1),
  guidelines TEXT NOT NULL,
  seed ${bigint} NOT NULL,
  created_by ${ref} NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE TABLE members (
  project_id ${ref} NOT NULL REFERENCES projects (id),
  user_id ${ref} NOT NULL REFERENCES users (id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'annotator', 'client')),
  added_at TEXT NOT NULL,
  PRIMARY KEY (project_id, user_id)
);
CREATE TABLE items (
  id ${id},
  project_id ${ref} NOT NULL REFERENCES projects (id),
  external_id TEXT NOT NULL,
  payload TEXT NOT NULL,
  assigned INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (project_id, external_id)
);
CREATE INDEX items_open ON items (project_id, assigned, id);
CREATE TABLE assignments (
  id ${id},
  project_id ${ref} NOT NULL REFERENCES projects (id),
  item_id ${ref} NOT NULL REFERENCES items (id),
  user_id ${ref} NOT NULL REFERENCES users (id),
  swapped INTEGER NOT NULL,
  assigned_at TEXT NOT NULL,
  done_at TEXT,
  UNIQUE (item_id, user_id)
);
CREATE INDEX assignments_open ON assignments (project_id, user_id, done_at);
CREATE TABLE annotations (
  id ${id},
  project_id ${ref} NOT NULL REFERENCES projects (id),
  item_id ${ref} NOT NULL REFERENCES items (id),
  user_id ${ref} NOT NULL REFERENCES users (id),
  assignment_id ${ref} NOT NULL REFERENCES assignments (id),
  label TEXT NOT NULL,
  reason TEXT,
  seconds ${double},
  created_at TEXT NOT NULL,
  UNIQUE (item_id, user_id)
);
CREATE INDEX annotations_project ON annotations (project_id, item_id);
