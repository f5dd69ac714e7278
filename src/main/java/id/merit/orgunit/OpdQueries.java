package id.merit.orgunit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What other modules may ask about OPDs. */
public interface OpdQueries {

    Optional<OpdView> byCode(String code);

    Optional<OpdView> byId(long id);

    /** Every OPD in tree order (parents before children, siblings by name), with depth. */
    List<OpdView> tree();

    /** The ids of the OPD with this code and all its sub-units; empty when the code is unknown. */
    Set<Long> subtreeIds(String code);
}
