package id.merit.orgunit;

/**
 * Required competency levels of a post (PermenPANRB 38/2017 on ASN competency standards): the eight managerial
 * competencies, the socio-cultural one (perekat bangsa) and the technical one, each a level 1-5 or null when not
 * set yet.
 */
public record Competencies(Integer integrity, Integer cooperation, Integer communication, Integer results,
                           Integer publicService, Integer developingOthers, Integer managingChange,
                           Integer decisionMaking, Integer socioCultural, Integer technical) {

    public static final Competencies NONE = new Competencies(null, null, null, null, null, null, null, null, null, null);

    public Competencies {
        for (Integer level : new Integer[] {integrity, cooperation, communication, results, publicService,
                developingOthers, managingChange, decisionMaking, socioCultural, technical}) {
            if (level != null && (level < 1 || level > 5)) {
                throw new IllegalArgumentException("competency level must be 1-5: " + level);
            }
        }
    }
}
