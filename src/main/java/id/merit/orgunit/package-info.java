/** OPD tree (dinas, badan, kecamatan, kelurahan, UPT ...), their coordinates and the scope of OPD heads. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package id.merit.orgunit;
