-- One owner for where a person stands: the employee view (employee package) takes over the track,
-- level, since when and the framework version it was decided under from career_position, which the
-- dashboard projection wrote as a second copy of the same facts (and which missed nothing the
-- employee view showed differently: level after a promotion, track after a switch).
ALTER TABLE employee_view ADD COLUMN framework_version INTEGER;
ALTER TABLE employee_view ADD COLUMN track_id VARCHAR(64);
ALTER TABLE employee_view ADD COLUMN level_since DATE;
-- The version an open promotion case was nominated under: its new level is judged by that version.
ALTER TABLE employee_view ADD COLUMN nominated_under_version INTEGER;

UPDATE employee_view e SET framework_version = p.framework_version, track_id = p.track_id, level = p.level,
    level_since = p.level_since
FROM career_position p WHERE p.employee_id = e.employee_id;
UPDATE employee_view SET level_since = hire_date WHERE level_since IS NULL;
ALTER TABLE employee_view ALTER COLUMN level_since SET NOT NULL;
CREATE INDEX employee_view_track_level ON employee_view (track_id, level);

DROP TABLE career_position;
