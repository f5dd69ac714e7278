package id.merit.trackrecord.rules;

/** The team's finding on political neutrality (netralitas terhadap politik praktis; UU 20/2023 Ps 24(1)). */
public enum Neutrality { NEUTRAL, DOUBTFUL, NOT_NEUTRAL }
