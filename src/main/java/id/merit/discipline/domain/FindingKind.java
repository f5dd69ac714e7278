package id.merit.discipline.domain;

/** What a field inspection found about an employee: absent, present but not at their post, or something else (with a note). */
public enum FindingKind { ABSENT, NOT_AT_POST, OTHER }
