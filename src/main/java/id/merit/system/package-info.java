/** Security chain, web configuration, error handling, login and the landing page per role. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orgunit", "employee", "discipline", "performance"})
package id.merit.system;
