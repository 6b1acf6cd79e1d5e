package io.careerledger.query.employee;

import org.springframework.data.jpa.repository.JpaRepository;

interface EmployeeViewRepository extends JpaRepository<EmployeeView, String> {
}
