package id.merit.attendance.rules;

/**
 * Which kinds a PP 94/2021 <i>sedang</i> punishment takes (regulations.md §4.1): until a new PP on salaries and
 * allowances takes effect, PP 94/2021 Pasal 42 keeps the PP 53/2010 Pasal 7 ayat (3) kinds (KGB delay, promotion
 * delay, demotion, 1 year each); afterwards the allowance cut (tukin −25% for 6/9/12 months) applies.
 */
public enum SedangRegime { PP53_TRANSITIONAL, PP94_TUKIN }
