package id.merit.trackrecord.rules;

/** Whom the team interviewed about the official's social record (seed 004): the RT head, a community figure, a neighbour. */
public enum InterviewSource { RT_HEAD, COMMUNITY_FIGURE, NEIGHBOUR }
