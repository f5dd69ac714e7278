package id.merit.orgunit;

import java.util.Map;

/**
 * Staff counts per OPD and employee type, provided by the module that owns staff (employee depends on orgunit,
 * not the other way round).
 */
public interface OpdStaffCounts {

    /** OPD id → employee type code → number of staff placed directly in that OPD. */
    Map<Long, Map<String, Long>> countsByOpdAndType();
}
