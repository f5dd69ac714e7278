/**
 * Data import. Its public part is the one import pipeline every module's kinds plug into: the file reader
 * ({@link id.merit.dataimport.TabularFile}: CSV through Apache Commons CSV, xlsx through POI's streaming reader), the
 * template {@link id.merit.dataimport.MasterDataImport} (header check, problem collection, dry run, chunked atomic
 * write, report) with its {@link id.merit.dataimport.RowParser} and {@link id.merit.dataimport.RowCheck}, and the
 * {@link id.merit.dataimport.ImportHandler} a module registers for its kind. Inside: {@code POST /api/v1/imports/{kind}}
 * and the upload page, which find the handler by kind, spool the upload, run large files as background jobs, turn
 * unreadable files into a 422 report and audit imports that stored something; and the master-data kinds (opds,
 * posts, employees, positions, education, trainings), which write through the owning modules' public commands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orgunit", "employee", "audit"})
package id.merit.dataimport;
