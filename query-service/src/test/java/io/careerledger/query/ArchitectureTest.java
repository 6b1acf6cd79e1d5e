package io.careerledger.query;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * One owner per read-model table: packages depend on each other without cycles, a package's JPA
 * entities and repositories are its own, and each table is named in the SQL of its owner only
 * (others read it through the owner's Java API).
 */
class ArchitectureTest {

    private static final String ROOT = "io.careerledger.query";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    /** Every table of the migrations still in use, with the package that writes and reads it. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("applied_event", "consumption"),
            Map.entry("parked_event", "consumption"),
            Map.entry("aggregate_progress", "consumption"),
            Map.entry("audit_event", "audit"),
            Map.entry("employee_view", "employee"),
            Map.entry("framework_version", "framework"),
            Map.entry("conversation", "conversation"),
            Map.entry("conversation_note", "conversation"),
            Map.entry("conversation_agreement", "conversation"),
            Map.entry("goal_progress", "dashboard"),
            Map.entry("track_switch", "analytics"),
            Map.entry("competency_assessment", "review"),
            Map.entry("review_cycle", "review"),
            Map.entry("promotion_case", "promotion"),
            Map.entry("promotion_step", "promotion"),
            Map.entry("feedback_round", "feedback"),
            Map.entry("feedback_answer", "feedback"),
            Map.entry("feedback_reveal", "feedback"),
            Map.entry("active_generation", "generation"));

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void entitiesAndRepositoriesAreUsedInTheirOwnPackageOnly() {
        ArchRuleDefinition.classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should(beUsedOnlyInTheirOwnPackage()).check(MAIN);
    }

    @Test
    void everyTableIsNamedOnlyInTheSqlOfItsOwner() throws IOException {
        assertThat(tablesOfTheMigrations()).as("every table has an owner here").isEqualTo(OWNERS.keySet().stream()
                .filter(table -> !table.equals("active_generation")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        List<String> strangers = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/io/careerledger/query"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                String owner = source.getParent().getFileName().toString();
                OWNERS.forEach((table, tableOwner) -> {
                    if (!tableOwner.equals(owner) && Pattern.compile("(FROM|JOIN|INTO|UPDATE|TABLE|name =)\\s+\"?" + table + "\\b",
                            Pattern.CASE_INSENSITIVE).matcher(code).find()) {
                        strangers.add(source.getFileName() + " names " + table + " (owned by " + tableOwner + ")");
                    }
                });
            }
        }
        assertThat(strangers).isEmpty();
    }

    private static Set<String> tablesOfTheMigrations() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern created = Pattern.compile("CREATE TABLE (\\w+)");
        Pattern dropped = Pattern.compile("DROP TABLE (\\w+)");
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/query")).sorted(java.util.Comparator.comparingInt(
                migration -> Integer.parseInt(migration.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))) {
            for (Path migration : migrations.toList()) {
                String sql = Files.readString(migration);
                Matcher create = created.matcher(sql);
                while (create.find()) {
                    tables.add(create.group(1));
                }
                Matcher drop = dropped.matcher(sql);
                while (drop.find()) {
                    tables.remove(drop.group(1));
                }
            }
        }
        return tables;
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass owned, ConditionEvents events) {
                for (Dependency dependency : owned.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(owned.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
