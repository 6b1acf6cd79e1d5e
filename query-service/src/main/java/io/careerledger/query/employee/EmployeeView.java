package io.careerledger.query.employee;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import io.careerledger.events.PersonalDataCipher;

/** A person and where they stand: the one record every view of them (summary, dashboards, analytics) reads. */
@Entity
@Table(name = "employee_view")
class EmployeeView implements Persistable<String> {

    @Id
    private String employeeId;
    private String fullName;
    private String email;
    private String managerId;
    private String frameworkId;
    private Integer frameworkVersion;
    private String trackId;
    private int level;
    private LocalDate levelSince;
    private Integer nominatedUnderVersion;
    private LocalDate hireDate;
    private Instant registeredAt;
    private LocalDate offboardedOn;
    /** A registration is inserted as it is: its look-up just missed, merging would look it up again. */
    @Transient
    private boolean created;

    protected EmployeeView() {
    }

    EmployeeView(String employeeId, String fullName, String email, String managerId, String frameworkId, int level,
                 LocalDate hireDate, Instant registeredAt) {
        this.employeeId = employeeId;
        this.fullName = fullName;
        this.email = email;
        this.managerId = managerId;
        this.frameworkId = frameworkId;
        this.level = level;
        this.levelSince = hireDate;
        this.hireDate = hireDate;
        this.registeredAt = registeredAt;
        this.created = true;
    }

    @Override
    public String getId() {
        return employeeId;
    }

    @Override
    public boolean isNew() {
        return created;
    }

    @PostPersist
    @PostLoad
    void stored() {
        created = false;
    }

    /** A registration seen again under another event id corrects who the person is; where they stand stays. */
    void registeredAgain(String fullName, String email, String managerId, LocalDate hireDate) {
        this.fullName = fullName;
        this.email = email;
        this.managerId = managerId;
        this.hireDate = hireDate;
    }

    void managerChanged(String managerId) {
        this.managerId = managerId;
    }

    void offboarded(LocalDate lastWorkingDay) {
        this.offboardedOn = lastWorkingDay;
    }

    /** Time in level restarts only when the level itself changes, not with a switch at the same level. */
    void trackChosen(String frameworkId, int frameworkVersion, String trackId, int level, LocalDate decidedOn) {
        if (this.level != level) {
            this.levelSince = decidedOn;
        }
        this.frameworkId = frameworkId;
        this.frameworkVersion = frameworkVersion;
        this.trackId = trackId;
        this.level = level;
    }

    void promotionNominated(int frameworkVersion) {
        this.nominatedUnderVersion = frameworkVersion;
    }

    /** The new level was decided under the version the case was nominated under. */
    void promotionApplied(int toLevel, LocalDate effectiveDate) {
        if (nominatedUnderVersion != null) {
            this.frameworkVersion = nominatedUnderVersion;
        }
        this.level = toLevel;
        this.levelSince = effectiveDate;
    }

    String employeeId() {
        return employeeId;
    }

    String managerId() {
        return managerId;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    LocalDate hireDate() {
        return hireDate;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    LocalDate offboardedOn() {
        return offboardedOn;
    }

    String frameworkId() {
        return frameworkId;
    }

    Integer frameworkVersion() {
        return frameworkVersion;
    }

    String trackId() {
        return trackId;
    }

    int level() {
        return level;
    }

    LocalDate levelSince() {
        return levelSince;
    }

    /** The person's data was erased: who they were is gone, where they stood stays. */
    void personalDataErased() {
        this.fullName = PersonalDataCipher.ERASED;
        this.email = PersonalDataCipher.ERASED;
    }
}
