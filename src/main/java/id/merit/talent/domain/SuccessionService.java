package id.merit.talent.domain;

import id.merit.employee.EmployeeRef;
import id.merit.employee.PositionKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.PostHolders;
import id.merit.orgunit.PostHolders.Holder;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import id.merit.selection.PostEligibility;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Formats;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import id.merit.talent.rules.SuccessionReadiness;
import id.merit.talent.rules.SuccessionReadiness.Ranked;
import id.merit.talent.rules.SuccessionReadiness.Readiness;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Succession planning for key posts (rules-defaults.md "Rule-set versions, retirement, readiness"; PermenPANRB 3/2020
 * as amended by PermenPANRB 20/2025): each key post with its holders, "vacant" (fewer holders than slots) and "holder
 * retires within two years" (employee.Retirement through {@link PostHolders}), and the ranked successors from the talent
 * pool of the year ({@link TalentGridService#pool}) by {@link SuccessionReadiness}, eligibility from the selection
 * module ({@link PostEligibility}) on today and today + 2 years. One pass: the pool is classified once, each pool
 * member's eligibility is read once, then every post is matched in memory. BKPSDM and the regent see every post and
 * every pool member; an OPD head the posts and pool members of their OPD and its sub-units.
 */
@Service
// no surrounding read-only transaction: the first read of a year stores its 9-box (TalentStore.ensure writes)
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class SuccessionService implements id.merit.talent.SuccessionQueries {

    private final PostQueries posts;
    private final PostHolders holders;
    private final OpdQueries opds;
    private final TalentGridService grid;
    private final PostEligibility eligibility;
    private final Formats fmt;
    private final Clock clock;
    /** The boards per year and scope (one per OPD head's scope, one for everything). */
    private final id.merit.shared.KeptValues<BoardKey, Board> boards;

    /** A board of a year for a scope (null: every OPD). */
    private record BoardKey(int year, Set<Long> scope) {
    }

    SuccessionService(PostQueries posts, PostHolders holders, OpdQueries opds, TalentGridService grid, PostEligibility eligibility,
                      Formats fmt, Clock clock, @org.springframework.beans.factory.annotation.Value("${merit.talent.succession-seconds:60}") long reuseSeconds) {
        this.boards = new id.merit.shared.KeptValues<>(java.time.Duration.ofSeconds(Math.max(0, reuseSeconds)), clock, 200);
        this.posts = posts;
        this.holders = holders;
        this.opds = opds;
        this.grid = grid;
        this.eligibility = eligibility;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** One ranked successor; {@code jpm} of the latest assessment read for the year's placement. */
    public record Successor(String nip, String name, String opdName, BigDecimal jpm, int box, Readiness readiness) {
    }

    /**
     * One post: {@code decided} false when its kind is not one the eligibility rules cover (no candidates then);
     * {@code vacant} fewer holders than slots; {@code retiringSoon} a holder reaches the retirement age within two years.
     */
    public record Plan(PostView post, List<Holder> holders, boolean vacant, boolean retiringSoon, boolean decided,
                       List<Successor> successors) {
    }

    public record Board(int year, LocalDate today, LocalDate horizon, List<Plan> plans) {
    }

    /**
     * Every active key post in scope, by OPD then post code. The board of a year and scope is reused for
     * {@code merit.talent.succession-seconds} (60 s by default), like the dashboard's figure made from it: it classifies
     * the whole talent pool against every key post, which under load must not run on every request.
     */
    public Board board(int year) {
        return board(year, scope());
    }

    private Board board(int year, Set<Long> scope) {
        BoardKey key = new BoardKey(year, scope == null ? null : Set.copyOf(scope));
        return boards.get(key, () -> {
            List<PostView> keyPosts = posts.active().stream().filter(PostView::keyPost)
                    .filter(p -> scope == null || scope.contains(p.opdId()))
                    .sorted(Comparator.comparing(PostView::opdCode).thenComparing(PostView::code)).toList();
            return plan(year, keyPosts, scope);
        }).value();
    }

    /** Any post on demand (key or not): 404 unknown, 403 for an OPD head outside their OPD. */
    public Plan post(String code, int year) {
        PostView post = posts.byCode(code).orElseThrow(() -> new NotFoundProblem("talent.succession.error.post", code));
        Set<Long> scope = scope();
        if (scope != null && !scope.contains(post.opdId())) {
            throw new AccessDeniedProblem("post outside the OPD head's scope");
        }
        return plan(year, List.of(post), scope).plans().get(0);
    }

    /**
     * The dashboard's figure: the board of every OPD reduced to the vacant and retiring key posts with their candidate
     * counts, reused for {@code merit.talent.succession-seconds} (60 s by default) like the 9-box it is made from, so
     * that the dashboard under load does not classify the pool on every request.
     */
    @Override
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    public AtRisk keyPostsAtRisk(int year) {
        Board b = board(year, null);
        List<KeyPost> out = new ArrayList<>();
        for (Plan p : b.plans()) {
            if (p.vacant() || p.retiringSoon()) {
                int now = (int) p.successors().stream().filter(s -> s.readiness() == Readiness.READY_NOW).count();
                out.add(new KeyPost(p.post().code(), p.post().name(), p.post().opdCode(), p.post().opdName(), p.vacant(), p.retiringSoon(),
                        p.decided(), now, p.successors().size() - now));
            }
        }
        return new AtRisk(year, b.today(), b.horizon(), List.copyOf(out));
    }


    /** Null: everything (BKPSDM, regent); else the OPD head's OPD and its sub-units. */
    private Set<Long> scope() {
        CurrentUser user = CurrentUser.require();
        return user.role() == Role.OPD_HEAD ? opds.subtreeIds(user.opdCode()) : null;
    }

    private Board plan(int year, List<PostView> targets, Set<Long> scope) {
        LocalDate today = LocalDate.now(clock.withZone(fmt.zone()));
        LocalDate horizon = SuccessionReadiness.horizon(today);
        Map<String, List<Holder>> held = holders.holdersOn(today);
        List<TalentGridService.Placed> pool = grid.pool(year, scope);
        boolean anyDecided = targets.stream().anyMatch(p -> kind(p).isPresent());
        Map<String, Map<LocalDate, Set<PositionKind>>> eligible = anyDecided && !pool.isEmpty()
                ? eligibility.eligibleKinds(pool.stream().map(TalentGridService.Placed::employee).toList(), List.of(today, horizon))
                : Map.of();
        Map<Long, String> opdNames = new HashMap<>();
        opds.tree().forEach(o -> opdNames.put(o.id(), o.name()));
        List<Plan> plans = new ArrayList<>(targets.size());
        for (PostView post : targets) {
            List<Holder> hs = held.getOrDefault(post.code(), List.of());
            Optional<PositionKind> kind = kind(post);
            List<Successor> successors = new ArrayList<>();
            if (kind.isPresent()) {
                Set<String> holding = new java.util.HashSet<>();
                hs.forEach(h -> holding.add(h.nip()));
                Map<String, Ranked> ranks = new HashMap<>();
                for (TalentGridService.Placed p : pool) {
                    EmployeeRef e = p.employee();
                    if (holding.contains(e.nip())) {
                        continue;
                    }
                    Map<LocalDate, Set<PositionKind>> byDate = eligible.getOrDefault(e.nip(), Map.of());
                    Optional<Readiness> r = SuccessionReadiness.of(p.talentPool(), today,
                            d -> byDate.getOrDefault(d, Set.of()).contains(kind.get()));
                    if (r.isPresent()) {
                        BigDecimal jpm = p.assessment() == null ? null : p.assessment().jpm();
                        successors.add(new Successor(e.nip(), e.name(), opdNames.get(e.opdId()), jpm, p.box(), r.get()));
                        ranks.put(e.nip(), new Ranked(e.nip(), jpm, p.box()));
                    }
                }
                successors.sort(Comparator.comparing((Successor s) -> ranks.get(s.nip()), SuccessionReadiness.ORDER));
            }
            plans.add(new Plan(post, hs, hs.size() < post.slots(), hs.stream().anyMatch(Holder::retiringSoon), kind.isPresent(),
                    List.copyOf(successors)));
        }
        return new Board(year, today, horizon, List.copyOf(plans));
    }

    private static Optional<PositionKind> kind(PostView post) {
        try {
            PositionKind k = PositionKind.valueOf(post.positionKind());
            return PostEligibility.KINDS.contains(k) ? Optional.of(k) : Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

}
