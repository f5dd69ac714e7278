package id.merit.performance;

/**
 * The seven BerAKHLAK core values rated as perilaku kerja under PermenPANRB 6/2022 (regulations.md §3.3), in the
 * regulation's order: Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif.
 */
public enum BehaviourAspect {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
