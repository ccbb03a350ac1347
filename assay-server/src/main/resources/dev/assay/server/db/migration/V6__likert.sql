-- Likert projects: the top of their 1..N scale.
ALTER TABLE projects ADD COLUMN scale_max INTEGER NOT NULL DEFAULT 5;
