package id.merit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules of conventions.md that the compiler does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.merit");

    @Test
    void rulesArePlainJava() {
        noClasses().that().resideInAPackage("id.merit..rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "org.hibernate..")
                .because("legal rules take inputs as arguments and return values (conventions.md, Rules)")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void rulesDoNotReadTheClock() {
        noClasses().that().resideInAPackage("id.merit..rules..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("a rule given the same inputs must give the same answer, today and in an audit next year")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void webLayerNeverTouchesEntities() {
        noClasses().that().resideInAPackage("id.merit..web..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("controllers bind *Form objects and read records, never entities")
                .check(CLASSES);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .should().notBePublic()
                .because("only a module's services use its repositories")
                .check(CLASSES);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class)
                .because("constructor injection only")
                .check(CLASSES);
    }

    @Test
    void controllersLiveInWebPackages() {
        classes().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("id.merit..web..")
                .check(CLASSES);
    }
}
