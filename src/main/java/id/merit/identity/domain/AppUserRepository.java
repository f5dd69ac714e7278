package id.merit.identity.domain;

import id.merit.shared.Role;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    @Query("select u from AppUser u where lower(u.username) = lower(?1)")
    Optional<AppUser> findByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    long countByEnabledTrueAndDemoTrue();

    java.util.List<AppUser> findByOpdId(Long opdId);

    java.util.List<AppUser> findByNip(String nip);

    java.util.List<AppUser> findByRoleAndNipIsNotNull(Role role);

    @Query("select u from AppUser u where (?1 = '' or lower(u.username) like lower(concat('%', ?1, '%'))"
            + " or lower(coalesce(u.displayName, '')) like lower(concat('%', ?1, '%'))) order by u.username")
    Page<AppUser> search(String q, Pageable pageable);
}
