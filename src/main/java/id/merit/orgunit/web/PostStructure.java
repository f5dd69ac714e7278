package id.merit.orgunit.web;

import id.merit.orgunit.ActingOfficial;
import id.merit.orgunit.PostHolders.Holder;
import id.merit.orgunit.PostView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OPD's posts as an organisation chart: each post below its superior (depth for indentation), with its holders
 * on the date, acting officials, filled and vacant slots. The same rows make the formation table.
 */
public record PostStructure(List<Line> lines, int slots, int filled, int vacant) {

    public record Line(PostView post, int depth, List<Holder> holders, List<ActingOfficial> acting) {

        public int filled() {
            return Math.min(holders.size(), post.slots());
        }

        public int vacant() {
            return post.slots() - filled();
        }

        public boolean retiringSoon() {
            return holders.stream().anyMatch(Holder::retiringSoon);
        }
    }

    static PostStructure of(List<PostView> posts, Map<String, List<Holder>> holders, List<ActingOfficial> acting,
                            LocalDate on) {
        List<PostView> active = posts.stream().filter(p -> !p.retired()).toList();
        Set<String> codes = new HashSet<>();
        active.forEach(p -> codes.add(p.code()));
        Map<String, List<PostView>> below = new HashMap<>();
        List<PostView> roots = new ArrayList<>();
        for (PostView p : active) {
            if (p.superiorCode() != null && codes.contains(p.superiorCode())) {
                below.computeIfAbsent(p.superiorCode(), k -> new ArrayList<>()).add(p);
            } else {
                roots.add(p);
            }
        }
        Map<String, List<ActingOfficial>> actingByPost = new HashMap<>();
        acting.stream().filter(a -> a.coversDate(on))
                .forEach(a -> actingByPost.computeIfAbsent(a.postCode(), k -> new ArrayList<>()).add(a));
        List<Line> lines = new ArrayList<>();
        walk(roots, 0, below, holders, actingByPost, lines, new HashSet<>());
        int slots = lines.stream().mapToInt(l -> l.post().slots()).sum();
        int filled = lines.stream().mapToInt(Line::filled).sum();
        return new PostStructure(lines, slots, filled, slots - filled);
    }

    private static void walk(List<PostView> level, int depth, Map<String, List<PostView>> below,
                             Map<String, List<Holder>> holders, Map<String, List<ActingOfficial>> acting,
                             List<Line> out, Set<String> seen) {
        List<PostView> sorted = new ArrayList<>(level);
        sorted.sort(Comparator.comparing(PostView::positionKind, Comparator.comparingInt(PostStructure::rank))
                .thenComparing(PostView::name, String.CASE_INSENSITIVE_ORDER));
        for (PostView p : sorted) {
            if (!seen.add(p.code())) {
                continue;
            }
            out.add(new Line(p, depth, holders.getOrDefault(p.code(), List.of()), acting.getOrDefault(p.code(), List.of())));
            walk(below.getOrDefault(p.code(), List.of()), depth + 1, below, holders, acting, out, seen);
        }
    }

    /** Structural posts before functional ones and staff on each level. */
    private static int rank(String kind) {
        return switch (kind) {
            case "JPT_PRATAMA" -> 0;
            case "ADMINISTRATOR" -> 1;
            case "PENGAWAS" -> 2;
            case "FUNGSIONAL" -> 3;
            default -> 4;
        };
    }
}
