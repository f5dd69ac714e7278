package id.merit.trackrecord.rules;

/** The post an official is a candidate for (seed 004: echelon II, echelon III and lurah placements). */
public enum OfficialCategory { JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, LURAH }
