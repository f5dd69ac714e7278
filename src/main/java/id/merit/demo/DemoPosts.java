package id.merit.demo;

import id.merit.employee.EmployeeBundle;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionRecord;
import id.merit.orgunit.Competencies;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.PostCommands.PostData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo regency's post catalogue, derived from its OPDs without randomness (so the rest of the demo data stays as
 * it was): the Sekda at the top; per OPD a head (key post), a secretary, a sub-section head, staff and a functional
 * post; camat, sekcam and section head per kecamatan; lurah and staff per kelurahan; head and doctors per puskesmas.
 * {@link #link} fills the posts with the staff whose current position matches, first come first served, and leaves
 * the heads of {@link #VACANT_HEADS} unlinked: vacant posts and positions for BKPSDM to link.
 */
final class DemoPosts {

    /** OPDs whose head post stays vacant in the demo (their head's position is left unlinked). */
    static final Set<String> VACANT_HEADS = Set.of("DISPORA", "DISKAN");
    static final String SEKDA = "SETDA-SEKDA";

    private static final Competencies HEAD = new Competencies(4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    private static final Competencies ADMINISTRATOR = new Competencies(3, 3, 3, 3, 3, 3, 3, 3, 3, 3);
    private static final Competencies SUPERVISOR = new Competencies(2, 2, 2, 2, 2, 2, 2, 2, 2, 3);

    private final List<PostData> posts = new ArrayList<>();
    /** OPD code → position kind → post codes taking that kind, in order. */
    private final Map<String, Map<PositionKind, List<String>>> byOpdAndKind = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();

    DemoPosts(List<OpdData> opds) {
        add(SEKDA, "SETDA", "Sekretaris Daerah", PositionKind.JPT_PRATAMA, null, 1, true, HEAD);
        for (OpdData o : opds) {
            String c = o.code();
            if (o.kind() == OpdKind.KELURAHAN) {
                add(c + "-LURAH", c, "Lurah " + o.name().replaceFirst("^Kelurahan ", ""), PositionKind.PENGAWAS,
                        o.parentCode() + "-KA", 1, false, SUPERVISOR);
                add(c + "-STAF", c, "Pengadministrasi Perkantoran", PositionKind.PELAKSANA, c + "-LURAH", 3, false, null);
            } else if (o.kind() == OpdKind.UPT) {
                add(c + "-KA", c, "Kepala " + o.name(), PositionKind.PENGAWAS, o.parentCode() + "-KA", 1, false, SUPERVISOR);
                boolean health = "DINKES".equals(o.parentCode());
                add(c + "-JF", c, health ? "Dokter" : "Guru", PositionKind.FUNGSIONAL, c + "-KA", health ? 2 : 10, false, null);
            } else if (o.kind() == OpdKind.KECAMATAN) {
                add(c + "-KA", c, "Camat " + o.name().replaceFirst("^Kecamatan ", ""), PositionKind.JPT_PRATAMA, SEKDA, 1, true, HEAD);
                add(c + "-SEK", c, "Sekretaris Kecamatan", PositionKind.ADMINISTRATOR, c + "-KA", 1, false, ADMINISTRATOR);
                add(c + "-KASUBBAG", c, "Kepala Seksi Pemerintahan", PositionKind.PENGAWAS, c + "-SEK", 1, false, SUPERVISOR);
                add(c + "-STAF", c, "Pengadministrasi Perkantoran", PositionKind.PELAKSANA, c + "-KASUBBAG", 4, false, null);
            } else {
                String head = c.equals("SETDA") ? SEKDA : c + "-KA";
                if (!c.equals("SETDA")) {
                    add(head, c, "Kepala " + o.name(), PositionKind.JPT_PRATAMA, SEKDA, 1, true, HEAD);
                }
                add(c + "-SEK", c, c.equals("SETDA") ? "Asisten Administrasi Umum" : "Sekretaris " + o.name(),
                        PositionKind.ADMINISTRATOR, head, 1, o.kind() == OpdKind.DINAS || o.kind() == OpdKind.BADAN, ADMINISTRATOR);
                add(c + "-KASUBBAG", c, "Kepala Sub Bagian Umum dan Kepegawaian", PositionKind.PENGAWAS, c + "-SEK", 1, false,
                        SUPERVISOR);
                add(c + "-STAF", c, "Pengadministrasi Perkantoran", PositionKind.PELAKSANA, c + "-KASUBBAG", 8, false, null);
                add(c + "-JF", c, "Analis Kebijakan", PositionKind.FUNGSIONAL, head, 3, false, null);
            }
        }
    }

    private void add(String code, String opd, String name, PositionKind kind, String superior, int n, boolean key,
                     Competencies competencies) {
        posts.add(new PostData(code, opd, name, kind.name(), null, superior, n, key, competencies));
        byOpdAndKind.computeIfAbsent(opd, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(code);
        slots.put(code, n);
    }

    /** Superiors before subordinates, ready for PostCommands.upsert in order. */
    List<PostData> posts() {
        return posts;
    }

    /** The staff with their current position linked to a post of their OPD and kind while slots are free. */
    List<EmployeeBundle> link(List<EmployeeBundle> staff) {
        Map<String, Integer> free = new HashMap<>(slots);
        List<EmployeeBundle> out = new ArrayList<>(staff.size());
        for (EmployeeBundle b : staff) {
            List<PositionRecord> positions = new ArrayList<>(b.positions().size());
            for (PositionRecord p : b.positions()) {
                String post = p.endDate() == null ? freePost(p, free) : null;
                positions.add(post == null ? p : new PositionRecord(p.positionName(), p.positionKind(), p.positionLevel(),
                        p.opdCode(), p.startDate(), p.endDate(), post));
            }
            out.add(new EmployeeBundle(b.employee(), positions, b.education(), b.trainings(), b.awards()));
        }
        return out;
    }

    private String freePost(PositionRecord p, Map<String, Integer> free) {
        if (p.positionKind() == PositionKind.JPT_PRATAMA && VACANT_HEADS.contains(p.opdCode())) {
            return null;
        }
        for (String code : byOpdAndKind.getOrDefault(p.opdCode(), Map.of()).getOrDefault(p.positionKind(), List.of())) {
            if (free.getOrDefault(code, 0) > 0) {
                free.merge(code, -1, Integer::sum);
                return code;
            }
        }
        return null;
    }
}
