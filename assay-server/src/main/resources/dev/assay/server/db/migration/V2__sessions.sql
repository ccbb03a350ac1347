-- Web sessions: a cookie holds the session id; only its SHA-256 is stored, with the CSRF token
-- every form and script sends back.
CREATE TABLE sessions (
  id_sha256 TEXT PRIMARY KEY,
  user_id ${ref} NOT NULL REFERENCES users (id),
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
