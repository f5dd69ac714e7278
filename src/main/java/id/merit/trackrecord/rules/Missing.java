package id.merit.trackrecord.rules;

/** A team finding a dossier still lacks (reason codes of {@link DossierCompleteness}). */
public enum Missing { SUPERIOR_RECOMMENDATION, NEUTRALITY, INTEGRITY, INTERVIEW_RT_HEAD, INTERVIEW_COMMUNITY_FIGURE, INTERVIEW_NEIGHBOUR }
