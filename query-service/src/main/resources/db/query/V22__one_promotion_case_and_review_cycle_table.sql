-- One table per concept: promotion cases live in promotion_case (promotion package) and review
-- cycles in review_cycle (review package). The dashboard's second copies, with their own status
-- words (NOMINATED/APPROVED/APPLIED against OPEN/DECIDED/PROMOTED), go.
-- What parity analytics needs of a case moves onto it: the date the person's old level began (known at
-- nomination) and the date the promotion took effect.
ALTER TABLE promotion_case ADD COLUMN level_since DATE;
ALTER TABLE promotion_case ADD COLUMN promoted_on DATE;
UPDATE promotion_case c SET promoted_on = v.promoted_on, level_since = v.promoted_on - v.days_in_level
FROM promotion_case_view v WHERE v.case_id = c.case_id;
UPDATE promotion_case c SET level_since = e.level_since
FROM employee_view e WHERE e.employee_id = c.employee_id AND c.level_since IS NULL AND c.promoted_on IS NULL;
CREATE INDEX promotion_case_promoted_on ON promotion_case (promoted_on);
DROP TABLE promotion_case_view;
DROP TABLE review_cycle_view;
