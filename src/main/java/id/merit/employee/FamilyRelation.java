package id.merit.employee;

/** A family member's relation to the employee (the registry's family data: spouse, children). */
public enum FamilyRelation { SPOUSE, CHILD }
