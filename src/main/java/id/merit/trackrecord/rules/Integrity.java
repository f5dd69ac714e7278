package id.merit.trackrecord.rules;

/** The team's finding on integrity and morality (PP 11/2017 Ps 107: rekam jejak jabatan, integritas dan moralitas). */
public enum Integrity { GOOD, DOUBTFUL, POOR }
