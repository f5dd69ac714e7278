package id.merit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeBundle;
import id.merit.employee.PositionRecord;
import id.merit.orgunit.PostCommands.PostData;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoPostsTests {

    private final DemoRegency regency = new DemoRegency(20260101L);
    private final DemoPosts posts = new DemoPosts(regency.opds());

    @Test
    void everySuperiorIsDefinedAboveAndOnlyTheSekdaIsAtTheTop() {
        Set<String> defined = new HashSet<>();
        for (PostData p : posts.posts()) {
            if (p.superiorCode() == null) {
                assertThat(p.code()).isEqualTo(DemoPosts.SEKDA);
            } else {
                assertThat(defined).as("superior of %s", p.code()).contains(p.superiorCode());
            }
            assertThat(defined.add(p.code())).as("unique %s", p.code()).isTrue();
        }
        assertThat(posts.posts()).filteredOn(PostData::keyPost).hasSizeGreaterThan(30);
        assertThat(posts.posts()).extracting(PostData::superiorCode).contains("KEC-AWANG-KA", "DINKES-KA");
    }

    @Test
    void staffFillPostsUpToTheirSlotsLeavingVacanciesAndUnlinkedHeads() {
        List<EmployeeBundle> linked = posts.link(regency.staff(3000, 1500));
        Map<String, Integer> filled = new HashMap<>();
        linked.stream().flatMap(b -> b.positions().stream()).map(PositionRecord::postCode).filter(Objects::nonNull)
                .forEach(c -> filled.merge(c, 1, Integer::sum));
        for (PostData p : posts.posts()) {
            assertThat(filled.getOrDefault(p.code(), 0)).as("holders of %s", p.code()).isLessThanOrEqualTo(p.slots());
        }
        assertThat(filled).containsEntry(DemoPosts.SEKDA, 1).containsEntry("DINKES-KA", 1)
                .doesNotContainKeys("DISPORA-KA", "DISKAN-KA");
        long vacantPosts = posts.posts().stream().filter(p -> filled.getOrDefault(p.code(), 0) < p.slots()).count();
        assertThat(vacantPosts).isGreaterThanOrEqualTo(5);
        // the history rows stay unlinked; only current positions fill posts
        assertThat(linked.stream().flatMap(b -> b.positions().stream()).filter(p -> p.endDate() != null)
                .map(PositionRecord::postCode).filter(Objects::nonNull)).isEmpty();
    }
}
