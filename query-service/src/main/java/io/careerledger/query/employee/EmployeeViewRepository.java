package io.careerledger.query.employee;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EmployeeViewRepository extends JpaRepository<EmployeeView, String> {

    List<EmployeeView> findByManagerIdAndOffboardedOnIsNullOrderByFullName(String managerId);

    @Query("SELECT e.employeeId FROM EmployeeView e WHERE e.managerId = :managerId")
    Set<String> findIdsByManagerId(String managerId);
}
