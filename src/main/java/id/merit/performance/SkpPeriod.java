package id.merit.performance;

/** The evaluation period: the annual evaluation or one of the quarterly periodic evaluations. */
public enum SkpPeriod {
    ANNUAL, Q1, Q2, Q3, Q4
}
