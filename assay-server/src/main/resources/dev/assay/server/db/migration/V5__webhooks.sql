-- Webhooks: a project's subscribers and an outbox of deliveries (each event is stored in the same
-- transaction as the annotation that caused it, then sent, and retried until it is answered 2xx).
CREATE TABLE webhooks (
  id ${id},
  project_id ${ref} NOT NULL REFERENCES projects (id),
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  events TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX webhooks_project ON webhooks (project_id);
CREATE TABLE webhook_deliveries (
  id ${id},
  webhook_id ${ref} NOT NULL REFERENCES webhooks (id),
  event TEXT NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at TEXT NOT NULL,
  delivered_at TEXT,
  last_status INTEGER,
  last_error TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (delivered_at, next_at);
