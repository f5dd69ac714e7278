/** Staff registry: PNS, CPNS, PPPK, PPPK paruh waktu and honorary staff, with their histories. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "orgunit"})
package id.merit.employee;
