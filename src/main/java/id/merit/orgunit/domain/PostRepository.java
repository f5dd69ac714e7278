package id.merit.orgunit.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {
    Optional<Post> findByCode(String code);

    List<Post> findByRetiredOnIsNull();

    List<Post> findByOpdIdIn(java.util.Collection<Long> opdIds);
}
