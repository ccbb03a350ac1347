-- Qualification: an annotator first labels this many gold items and must get at least this share
-- right before real items are handed out.
ALTER TABLE projects ADD COLUMN qualification INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN min_accuracy ${double} NOT NULL DEFAULT 0.8;
ALTER TABLE assignments ADD COLUMN qualifying INTEGER NOT NULL DEFAULT 0;
