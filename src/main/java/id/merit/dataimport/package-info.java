/**
 * Data import: {@code POST /api/v1/imports/{kind}} and the upload page. Finds the {@link
 * id.merit.shared.imports.ImportHandler} of every module by kind, spools the upload, turns unreadable files into
 * a 422 report and audits imports that stored something. Provides the master-data kinds (opds, employees,
 * positions, education, trainings), which write through the owning modules' public commands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orgunit", "employee", "audit"})
package id.merit.dataimport;
