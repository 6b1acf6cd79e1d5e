package io.careerledger.command.career;

import java.time.LocalDate;
import java.time.Period;

import io.careerledger.command.eventstore.MessageClock;
import io.careerledger.command.problem.RuleViolation;
import io.careerledger.events.EmployeeOffboarded;
import io.careerledger.events.LegalHoldLifted;
import io.careerledger.events.LegalHoldPlaced;
import io.careerledger.events.PersonalDataErased;

/**
 * What decides whether a person's personal data may be erased: when they left (it is kept for the
 * retention period after their last working day), whether a legal hold stands, whether it is gone already.
 */
final class PersonalRecord {

    private LocalDate lastWorkingDay;
    private String legalHold;
    private boolean erased;

    void left(EmployeeOffboarded event) {
        lastWorkingDay = event.lastWorkingDay();
    }

    void held(LegalHoldPlaced event) {
        legalHold = event.reason();
    }

    void released(LegalHoldLifted event) {
        legalHold = null;
    }

    void erased(PersonalDataErased event) {
        erased = true;
    }

    boolean isErased() {
        return erased;
    }

    boolean isHeld() {
        return legalHold != null;
    }

    /** Refuses an erasure before the person left, within the retention period, or under a legal hold. */
    void requireErasable(String employeeId, Period retention) {
        if (lastWorkingDay == null) {
            throw RuleViolation.refused(CareerRules.ERASURE_BEFORE_OFFBOARDING,
                    "Employee " + employeeId + " has not left; their personal data is erased only after offboarding.");
        }
        LocalDate keptUntil = lastWorkingDay.plus(retention);
        if (MessageClock.today().isBefore(keptUntil)) {
            throw RuleViolation.refused(CareerRules.RETENTION_PERIOD_RUNNING, "The personal data of " + employeeId
                    + " is kept until " + keptUntil + " (" + retention + " after their last working day, " + lastWorkingDay + ").");
        }
        if (legalHold != null) {
            throw RuleViolation.refused(CareerRules.LEGAL_HOLD, "The record of " + employeeId + " is under legal hold ("
                    + legalHold + "); lift the hold before erasing.");
        }
    }

    void requireNotErased(String employeeId) {
        if (erased) {
            throw RuleViolation.refused(CareerRules.PERSONAL_DATA_ERASED,
                    "The personal data of " + employeeId + " was erased; there is nothing left to hold.");
        }
    }
}
