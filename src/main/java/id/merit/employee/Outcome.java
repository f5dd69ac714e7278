package id.merit.employee;

/** What an upsert did: import counts UNCHANGED rows as duplicates. */
public enum Outcome { CREATED, UPDATED, UNCHANGED }
