package id.merit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module borders: every direct sub-package of id.merit is a module; the graph is acyclic and declared. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(MeritApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        MODULES.verify();
    }

    /**
     * Issue 8, one direction: attendance counts and discipline decides. Attendance reaches discipline in no way (not even
     * through another module); discipline reads attendance's facts and hears the registry's moves as events.
     */
    @Test
    void attendanceCountsAndDisciplineDecides() {
        ApplicationModule attendance = MODULES.getModuleByName("attendance").orElseThrow();
        ApplicationModule discipline = MODULES.getModuleByName("discipline").orElseThrow();
        assertThat(attendance.getAllDependencies(MODULES).containsModuleNamed("discipline")).isFalse();
        assertThat(discipline.getDirectDependencies(MODULES).containsModuleNamed("attendance")).isTrue();
        assertThat(discipline.getDirectDependencies(MODULES).containsModuleNamed("employee")).isTrue();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
