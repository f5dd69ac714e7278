/** Audit trail: who created, changed, deleted or viewed personnel data, when, with old and new values. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package id.merit.audit;
