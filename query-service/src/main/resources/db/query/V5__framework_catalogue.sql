-- The framework catalogue: every version of every career framework as the council handled it. The
-- definition, approvals, rejection reasons and the retirements scheduled while the version was in
-- force are JSONB documents: they are only ever read whole, with their version.
CREATE TABLE framework_version (
    framework_id          VARCHAR(64)  NOT NULL,
    version               INTEGER      NOT NULL,
    name                  VARCHAR(255),
    status                VARCHAR(16)  NOT NULL,
    definition            JSONB        NOT NULL,
    rationale             TEXT,
    proposed_by           VARCHAR(255),
    required_approvals    INTEGER,
    approvals             JSONB        NOT NULL,
    rejected_by           VARCHAR(255),
    rejection_reasons     JSONB        NOT NULL,
    retirements           JSONB        NOT NULL,
    proposed_at           TIMESTAMP WITH TIME ZONE,
    published_at          TIMESTAMP WITH TIME ZONE,
    rejected_at           TIMESTAMP WITH TIME ZONE,
    annual_review_due     DATE,
    annual_review_overdue BOOLEAN      NOT NULL,
    PRIMARY KEY (framework_id, version)
);
CREATE INDEX framework_version_status ON framework_version (framework_id, status);
