-- The framework each person progresses along (EmployeeRegistered revision 2); null only for
-- revision 1 records read straight from the topic, which predate frameworks.
ALTER TABLE employee_view ADD COLUMN framework_id VARCHAR(64);
