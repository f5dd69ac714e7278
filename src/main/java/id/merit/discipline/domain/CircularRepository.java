package id.merit.discipline.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CircularRepository extends JpaRepository<Circular, Long> {
}
