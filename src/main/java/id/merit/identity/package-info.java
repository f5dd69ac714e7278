/** User accounts, roles, OPD/employee binding, password policy, lockout, first administrator. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "orgunit", "employee"})
package id.merit.identity;
