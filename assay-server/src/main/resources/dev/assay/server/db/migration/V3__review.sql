-- Review: gold answers on items (honeypots), skips with their reason, and a lead's adjudication of
-- an item the annotators disagreed on (who, when, why).
ALTER TABLE items ADD COLUMN gold TEXT;
ALTER TABLE assignments ADD COLUMN skip_reason TEXT;
CREATE TABLE adjudications (
  item_id ${ref} PRIMARY KEY REFERENCES items (id),
  project_id ${ref} NOT NULL REFERENCES projects (id),
  user_id ${ref} NOT NULL REFERENCES users (id),
  label TEXT NOT NULL,
  reason TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX adjudications_project ON adjudications (project_id);
