-- A story's topic: the ID of the coarser group of related stories it
-- belongs to (its own ID when it has none; '' for stories stored before).
ALTER TABLE stories ADD COLUMN topic TEXT NOT NULL DEFAULT '';
