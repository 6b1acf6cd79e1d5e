package io.careerledger.query.employee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee as the API returns it.
 *
 * @param frameworkVersion the version their level was decided under (before a track is chosen, the one in force)
 * @param trackId      absent until a track is chosen
 * @param title        the level's title on their track; absent until a track is chosen
 * @param offboardedOn their last working day; absent while they are with the organisation
 * @param stale whether an event of this employee is parked (not applied yet): the view may be behind
 */
@Schema(example = """
        {
          "employeeId": "213d9fab-41dd-396b-8399-8f7f18091e2c",
          "fullName": "Ada Lovelace",
          "email": "ada@demo.example",
          "managerId": "5b1d6c2e-8a3f-3e51-9c7d-2f4a6b8e1c03",
          "frameworkId": "three-track",
          "frameworkVersion": 2,
          "trackId": "expert",
          "level": 4,
          "title": "Senior Specialist",
          "grade": "G4",
          "salaryBand": "B4",
          "levelSince": "2024-04-01",
          "hireDate": "2019-02-04",
          "registeredAt": "2026-01-05T09:12:44Z",
          "offboardedOn": null,
          "stale": false
        }
        """)
record EmployeeSummary(String employeeId, String fullName, String email, String managerId, String frameworkId,
                       Integer frameworkVersion, String trackId, int level, String title, String grade, String salaryBand,
                       LocalDate levelSince, LocalDate hireDate, Instant registeredAt, LocalDate offboardedOn, boolean stale) {

    static EmployeeSummary of(EmployeeView view, CareerPosition position, boolean stale) {
        return new EmployeeSummary(view.employeeId(), view.fullName(), view.email(), view.managerId(), position.frameworkId(),
                position.frameworkVersion(), position.trackId(), position.level(), position.title(), position.grade(),
                position.salaryBand(), position.levelSince(), view.hireDate(), view.registeredAt(), view.offboardedOn(), stale);
    }
}
