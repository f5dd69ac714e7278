package id.merit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules of conventions.md that the compiler does not check. */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.merit");

    /**
     * Issue 7: a second transaction inside a request ({@code REQUIRES_NEW}, or a template with its own propagation)
     * takes a second pooled connection while the first is held; under load every request waits for one and the pool
     * deadlocks. Audit writes and imports join the caller's transaction (AuditLog, PunchStore). The int constant
     * {@code TransactionDefinition.PROPAGATION_REQUIRES_NEW} is inlined by the compiler, hence the setter rule.
     */
    @Test
    void noSecondTransactionInsideACallersTransaction() {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaAnnotation<?>> requiresNew =
                com.tngtech.archunit.base.DescribedPredicate.describe("@Transactional(propagation = REQUIRES_NEW)", a ->
                        a.getRawType().isEquivalentTo(org.springframework.transaction.annotation.Transactional.class)
                                && a.get("propagation").map(v -> v instanceof com.tngtech.archunit.core.domain.JavaEnumConstant c
                                && c.name().equals("REQUIRES_NEW")).orElse(false));
        noMethods().should().beAnnotatedWith(requiresNew)
                .because("an audit record or an import joins the caller's transaction (conventions.md, Traps)")
                .check(CLASSES);
        noClasses().should().beAnnotatedWith(requiresNew)
                .orShould().accessField(org.springframework.transaction.annotation.Propagation.class, "REQUIRES_NEW")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("setPropagationBehavior")))
                .because("an audit record or an import joins the caller's transaction (conventions.md, Traps)")
                .check(CLASSES);
    }

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
    void nothingReadsTheSystemClock() {
        noClasses().that().resideInAPackage("id.merit..").and().doNotHaveFullyQualifiedName("id.merit.shared.Formats")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.Year.class, "now")
                .because("\"today\" and every timestamp come from the application's Clock (system.ClockConfig) in the "
                        + "instance's zone, so tests can fix the date and figures do not depend on the machine's zone "
                        + "(Formats only asks a zone's current offset to name it)")
                .check(CLASSES);
    }

    /**
     * Issue 10: background work runs on Spring's pools ({@code system.TaskExecutorsConfig}: named {@code TaskExecutor}
     * beans, shut down and drained with the context) and {@code @Scheduled}, and JSON goes through the application's
     * configured mapper (Spring Boot's {@code JsonMapper} bean), not a private one with other settings.
     */
    @Test
    void noPrivateThreadPoolsOrJsonMappers() {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaCall<?>> jsonMapperBuilder =
                com.tngtech.archunit.base.DescribedPredicate.describe("JsonMapper.builder()", call ->
                        call.getName().equals("builder") && call.getTargetOwner().isAssignableTo("tools.jackson.databind.ObjectMapper"));
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> newMapper =
                com.tngtech.archunit.base.DescribedPredicate.describe("new ObjectMapper/JsonMapper", call ->
                        call.getTargetOwner().isAssignableTo("tools.jackson.databind.ObjectMapper")
                                || call.getTargetOwner().isAssignableTo("com.fasterxml.jackson.databind.ObjectMapper"));
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().callMethodWhere(jsonMapperBuilder)
                .orShould().callConstructorWhere(newMapper)
                .because("threads come from Spring's TaskExecutor beans (system.TaskExecutorsConfig) and @Scheduled, JSON from "
                        + "the application's configured JsonMapper bean (issue 10)")
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
