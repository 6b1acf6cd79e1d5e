-- EmployeeCareer now keeps goals, assessments, milestones and mobility assignments in aggregate
-- members, so a snapshot taken before holds its state in another shape and would load as empty
-- members. Snapshots are only a cache: drop them, each career is folded from its events once and
-- snapshotted again by its trigger.
DELETE FROM snapshot_event_entry WHERE type = 'EmployeeCareer';
