package io.careerledger.query.employee;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.careerledger.query.employee.EmployeeDirectory.HeadCount;
import io.careerledger.query.employee.EmployeeDirectory.Reporting;

interface EmployeeViewRepository extends JpaRepository<EmployeeView, String> {

    List<EmployeeView> findByManagerIdAndOffboardedOnIsNullOrderByFullName(String managerId);

    Page<EmployeeView> findByFullNameContainingIgnoreCase(String name, Pageable page);

    @Query("SELECT e.employeeId FROM EmployeeView e WHERE e.managerId = :managerId")
    Set<String> findIdsByManagerId(String managerId);

    @Query("SELECT new io.careerledger.query.employee.EmployeeDirectory$Reporting(e.employeeId, e.managerId) FROM EmployeeView e")
    List<Reporting> findAllReporting();

    @Query("SELECT new io.careerledger.query.employee.EmployeeDirectory$Reporting(e.employeeId, e.managerId) FROM EmployeeView e"
            + " WHERE e.managerId IN :managerIds")
    List<Reporting> findReportingTo(Collection<String> managerIds);

    @Query("SELECT new io.careerledger.query.employee.EmployeeDirectory$HeadCount(e.trackId, e.level, count(e)) FROM EmployeeView e"
            + " WHERE e.offboardedOn IS NULL AND (:frameworkId IS NULL OR e.frameworkId = :frameworkId)"
            + " GROUP BY e.trackId, e.level ORDER BY e.trackId NULLS LAST, e.level")
    List<HeadCount> headCount(String frameworkId);
}
