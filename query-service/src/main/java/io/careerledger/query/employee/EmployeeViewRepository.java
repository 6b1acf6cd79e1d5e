package io.careerledger.query.employee;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeViewRepository extends JpaRepository<EmployeeView, String> {

    List<EmployeeView> findByManagerIdAndOffboardedOnIsNullOrderByFullName(String managerId);
}
