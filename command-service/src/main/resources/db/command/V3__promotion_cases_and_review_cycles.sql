-- Command-side lookups kept by subscribing processors (in the transaction that stores the events):
-- the open promotion case of each person (one at a time), and which review cycles are still open
-- (assessments into a closed cycle are refused).
CREATE TABLE open_promotion_case (
    employee_id VARCHAR(255) PRIMARY KEY,
    case_id     VARCHAR(255) NOT NULL
);

CREATE TABLE review_cycle (
    cycle_id     VARCHAR(255) PRIMARY KEY,
    framework_id VARCHAR(255) NOT NULL,
    phase        VARCHAR(32)  NOT NULL,
    closed       BOOLEAN      NOT NULL DEFAULT FALSE
);
