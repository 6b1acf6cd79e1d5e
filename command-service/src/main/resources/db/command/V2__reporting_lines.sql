-- Who reports to whom, kept in the same transaction as the events that change it (a subscribing
-- processor), so that commands on one aggregate can check a relation held by another: a manager
-- scheduling a conversation with, or nominating, their own direct report.
CREATE TABLE reporting_line (
    employee_id  VARCHAR(255) PRIMARY KEY,
    manager_id   VARCHAR(255),
    framework_id VARCHAR(255),
    offboarded   BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX reporting_line_manager ON reporting_line (manager_id);

-- people registered before this table existed
INSERT INTO reporting_line (employee_id, manager_id, framework_id)
SELECT aggregate_identifier,
       convert_from(payload, 'UTF8')::jsonb ->> 'managerId',
       convert_from(payload, 'UTF8')::jsonb ->> 'frameworkId'
FROM domain_event_entry
WHERE payload_type = 'io.careerledger.events.EmployeeRegistered'
ON CONFLICT (employee_id) DO NOTHING;
