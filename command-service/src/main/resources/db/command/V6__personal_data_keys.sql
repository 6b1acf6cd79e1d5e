-- One data key per person (crypto-shredding): the personal fields of their events are AES-256-GCM
-- ciphertext under it. Erasure destroys the material (key_material NULL, destroyed_at set); the row
-- stays so the key API can tell "erased" (410) from "unknown" (404).
CREATE TABLE personal_data_key (
    employee_id  VARCHAR(64)              PRIMARY KEY,
    key_id       VARCHAR(32)              NOT NULL UNIQUE,
    key_material BYTEA,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMP WITH TIME ZONE,
    CHECK ((key_material IS NULL) = (destroyed_at IS NOT NULL))
);
