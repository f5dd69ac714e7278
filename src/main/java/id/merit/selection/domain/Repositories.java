package id.merit.selection.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The selection module's repositories (package-private: the services are the module's API). */
final class Repositories {
    private Repositories() {
    }
}

interface RoundRepository extends JpaRepository<SelectionRound, Long> {
    Page<SelectionRound> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    boolean existsByPostCodeAndStateIn(String postCode, Collection<id.merit.selection.rules.RoundState> states);

    /** The round that repeats a cancelled one, if any. */
    java.util.Optional<SelectionRound> findByRepeatsRoundId(long roundId);
}

interface ApplicationRepository extends JpaRepository<Application, Long> {
    List<Application> findByRoundIdOrderByIdAsc(long roundId);

    boolean existsByRoundIdAndEmployeeId(long roundId, long employeeId);

    /** Round id and its number of applications, for the rounds of one list page (one query, not one per row). */
    @Query("select a.roundId, count(a) from Application a where a.roundId in ?1 group by a.roundId")
    List<Object[]> counts(Collection<Long> roundIds);
}

interface DocumentRepository extends JpaRepository<ApplicationDocument, Long> {
    /** Names only: the content is read when a document is downloaded. */
    @Query("select new id.merit.selection.domain.RoundService$DocumentName(d.id, d.applicationId, d.filename, d.sizeBytes) "
            + "from ApplicationDocument d where d.applicationId in ?1 order by d.id")
    List<RoundService.DocumentName> names(Collection<Long> applicationIds);
}
