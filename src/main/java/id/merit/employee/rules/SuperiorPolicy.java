package id.merit.employee.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The direct superior (atasan langsung) of an employee on a date, derived from the post catalogue.
 * <ul>
 * <li>The employee's post is the one their position on that date is linked to.</li>
 * <li>The superior post is that post's {@code superiorCode}. Whoever serves it on the date is the superior: an acting
 * official first (Plh while the holder is away, Plt while the post is vacant; BKN Circular 1/2021 gives both the
 * authority of the post for day-to-day matters), otherwise the definitive holder.</li>
 * <li>A vacant superior post falls back to the next served post above: PP 94/2021 Pasal 25 ayat (2) (when there is
 * no direct superior the next higher official acts) and PP 30/2019 Pasal 1 and 43 (the rater is the direct superior,
 * or the next higher official).</li>
 * <li>Nobody is their own superior: an employee acting on the post above their own is skipped over.</li>
 * </ul>
 * Plain Java: the caller hands in the posts and every tenure; refusals come back as a reason code.
 */
public final class SuperiorPolicy {

    private SuperiorPolicy() {
    }

    /** How someone serves a post; the declaration order is the order of precedence on one post. */
    public enum Standing { PLH, PLT, DEFINITIVE }

    public enum NoSuperior {
        /** The employee holds no position linked to a post on that date. */
        NOT_LINKED,
        /** The employee's post has no superior post (the top of the line, e.g. the Sekda below the regent). */
        TOP_POST,
        /** Every post above is vacant on that date. */
        ALL_VACANT
    }

    /** A post and the post of its direct superior (null at the top). */
    public record PostLink(String code, String superiorCode) {
    }

    /** Someone serving a post from {@code start} to {@code end} (null = open-ended), both days included. */
    public record Tenure(String postCode, String nip, Standing standing, LocalDate start, LocalDate end) {

        boolean covers(LocalDate d) {
            return !start.isAfter(d) && (end == null || !end.isBefore(d));
        }
    }

    /** {@code vacantSkipped} counts the vacant posts passed over on the way up. */
    public record Superior(String nip, String postCode, Standing standing, int vacantSkipped) {
    }

    /** Exactly one of {@code superior} and {@code reason} is set; {@code ownPostCode} when the employee has a post. */
    public record Decision(String ownPostCode, Superior superior, NoSuperior reason) {

        public Optional<Superior> found() {
            return Optional.ofNullable(superior);
        }
    }

    private static final Comparator<Tenure> PRECEDENCE = Comparator.comparing(Tenure::standing)
            .thenComparing(Tenure::start).thenComparing(Tenure::nip);

    public static Decision directSuperior(String nip, LocalDate on, List<PostLink> posts, List<Tenure> tenures) {
        Map<String, String> superiorOf = new HashMap<>();
        posts.forEach(p -> superiorOf.put(p.code(), p.superiorCode()));
        List<Tenure> current = tenures.stream().filter(t -> t.covers(on)).sorted(PRECEDENCE).toList();
        Optional<String> own = current.stream()
                .filter(t -> t.nip().equals(nip) && t.standing() == Standing.DEFINITIVE && superiorOf.containsKey(t.postCode()))
                .map(Tenure::postCode).findFirst();
        if (own.isEmpty()) {
            return new Decision(null, null, NoSuperior.NOT_LINKED);
        }
        String post = superiorOf.get(own.get());
        if (post == null) {
            return new Decision(own.get(), null, NoSuperior.TOP_POST);
        }
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        while (post != null && seen.add(post)) {
            String at = post;
            Optional<Tenure> serving = current.stream().filter(t -> t.postCode().equals(at) && !t.nip().equals(nip)).findFirst();
            if (serving.isPresent()) {
                Tenure t = serving.get();
                return new Decision(own.get(), new Superior(t.nip(), at, t.standing(), skipped), null);
            }
            skipped++;
            post = superiorOf.get(at);
        }
        return new Decision(own.get(), null, NoSuperior.ALL_VACANT);
    }
}
