package id.merit.trackrecord.rules;

/** The direct superior's recommendation (rekomendasi atasan langsung). */
public enum SuperiorVerdict { RECOMMENDED, RECOMMENDED_WITH_NOTES, NOT_RECOMMENDED }
