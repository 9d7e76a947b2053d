package io.kubesteward.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;

/** DESIGN.md's package map, "may not" column, as executable rules. */
@AnalyzeClasses(packages = "io.kubesteward", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String BASE = "io.kubesteward.";

    /** Talking to the network or the filesystem; {@code java.net.URI} is only parsing and stays allowed. */
    private static final DescribedPredicate<JavaClass> IO = JavaClass.Predicates.resideInAnyPackage("java.net.http..", "java.nio.file..")
            .or(JavaClass.Predicates.belongToAnyOf(java.net.URL.class, java.net.Socket.class, java.net.HttpURLConnection.class,
                    java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class, java.io.FileReader.class,
                    java.io.FileWriter.class, java.io.RandomAccessFile.class))
            .as("network or filesystem I/O");

    private static String pkg(String name) {
        return BASE + name + "..";
    }

    @ArchTest
    static final ArchRule no_cycles_between_capabilities =
            slices().matching("io.kubesteward.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_cycles_between_sub_packages =
            slices().matching("io.kubesteward.(**)").should().beFreeOfCycles();

    /** Extractors share only the YAML reader, image references and annotation comments; none reads another's files. */
    private static final List<String> EXTRACTORS = List.of("argocd", "flux", "helm", "helmfile", "kustomize", "maven", "resources", "images",
            "annotations");
    private static final List<String> SHARED_BY_EXTRACTORS = List.of("yaml", "images", "annotations.comment");

    @ArchTest
    static void extractors_do_not_import_each_other(JavaClasses classes) {
        for (String extractor : EXTRACTORS) {
            String[] others = EXTRACTORS.stream().filter(e -> !e.equals(extractor) && !SHARED_BY_EXTRACTORS.contains(e))
                    // annotations' own package only: its comment reader (annotations.comment) is shared
                    .map(e -> e.equals("annotations") ? BASE + "declarations.annotations" : pkg("declarations." + e)).toArray(String[]::new);
            noClasses().that().resideInAPackage(pkg("declarations." + extractor))
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("an extractor is a pure function of its own files; shared parsing lives in declarations, "
                            + String.join(", ", SHARED_BY_EXTRACTORS))
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule scheduling_runs_jobs_and_holds_no_business_logic =
            noClasses().that().resideInAPackage(pkg("scheduling"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("declarations"), pkg("sources"), pkg("planning"),
                            pkg("pipeline"), pkg("report"), pkg("forge"), pkg("gitops"), pkg("render"), pkg("analysis"),
                            pkg("rightsizing"), pkg("cluster"), pkg("policy"), pkg("app"), pkg("cli"));

    @ArchTest
    static final ArchRule observability_records_and_decides_nothing =
            noClasses().that().resideInAPackage(pkg("observability"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("declarations"), pkg("sources"), pkg("planning"),
                            pkg("pipeline"), pkg("forge"), pkg("gitops"), pkg("render"), pkg("analysis"), pkg("rightsizing"),
                            pkg("cluster"), pkg("policy"), pkg("app"), pkg("cli"), pkg("scheduling"));

    @ArchTest
    static final ArchRule model_depends_on_nothing_but_the_jdk =
            classes().that().resideInAPackage(pkg("model"))
                    .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("model"), "java..");

    @ArchTest
    static final ArchRule versioning_is_pure =
            classes().that().resideInAPackage(pkg("versioning"))
                    .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("versioning"), pkg("model"), "java.lang..", "java.util..",
                            // Maven Resolver's pure version scheme (MavenVersioning); nothing else of the resolver
                            "org.eclipse.aether.version..", "org.eclipse.aether.util.version..");

    @ArchTest
    static final ArchRule maven_resolver_stays_inside_the_maven_source =
            noClasses().that().resideOutsideOfPackages(pkg("sources.maven"), pkg("versioning"))
                    .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.aether..", "org.apache.maven..");

    @ArchTest
    static final ArchRule declarations_touch_no_filesystem_network_or_versions =
            noClasses().that().resideInAPackage(pkg("declarations"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("versioning"), pkg("sources"), pkg("http"),
                            pkg("planning"), pkg("policy"), pkg("gitops"))
                    .orShould().dependOnClassesThat(IO);

    @ArchTest
    static final ArchRule sources_never_choose_a_version_nor_read_repo_files =
            noClasses().that().resideInAPackage(pkg("sources"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("planning"), pkg("policy"), pkg("declarations"),
                            pkg("gitops"), pkg("config"), pkg("report"), pkg("pipeline"));

    @ArchTest
    static final ArchRule http_knows_no_endpoint =
            noClasses().that().resideInAPackage(pkg("http"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("sources"), pkg("declarations"), pkg("planning"),
                            pkg("policy"), pkg("config"), pkg("report"), pkg("pipeline"), pkg("gitops"));

    @ArchTest
    static final ArchRule render_fetches_and_reads_charts_and_decides_nothing =
            noClasses().that().resideInAPackage(pkg("render"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("planning"), pkg("policy"), pkg("declarations"),
                            pkg("gitops"), pkg("config"), pkg("report"), pkg("pipeline"), pkg("sources"), pkg("forge"));

    /** Upgrade checks as pure functions of two read archives and the repository's values; render's readers stay out. */
    @ArchTest
    static final ArchRule analysis_is_pure =
            noClasses().that().resideInAPackage(pkg("analysis"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("sources"), pkg("declarations"),
                            pkg("gitops"), pkg("forge"), pkg("planning"), pkg("policy"), pkg("config"), pkg("report"), pkg("pipeline"),
                            pkg("cluster"), "com.marcnuri..")
                    .orShould().dependOnClassesThat(IO)
                    .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(pkg("render"))
                            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(io.kubesteward.render.ChartArchive.class))));

    @ArchTest
    static final ArchRule config_and_policy_stay_off_the_network =
            noClasses().that().resideInAnyPackage(pkg("config"), pkg("policy"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("sources"), pkg("pipeline"),
                            pkg("planning"), pkg("report"), "java.net.http..");

    @ArchTest
    static final ArchRule planning_is_pure =
            noClasses().that().resideInAPackage(pkg("planning"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("sources"), pkg("declarations"),
                            pkg("gitops"), pkg("report"), pkg("pipeline"))
                    .orShould().dependOnClassesThat(IO);

    /** RIGHTSIZING.md as a pure function: facts and settings in, proposals out; nothing but the JDK's data types and model. */
    @ArchTest
    static final ArchRule rightsizing_is_pure =
            classes().that().resideInAPackage(pkg("rightsizing"))
                    .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("rightsizing"), pkg("model"), "java.lang..",
                            "java.util..", "java.math..", "java.time..");

    /** Add-on recognition, linking and drift as pure functions of the inventory and the declarations. */
    @ArchTest
    static final ArchRule addons_are_pure =
            classes().that().resideInAPackage(pkg("addons"))
                    .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("addons"), pkg("model"), "java.lang..", "java.util..");

    @ArchTest
    static final ArchRule yamledit_makes_pure_span_edits_without_files_or_git =
            noClasses().that().resideInAPackage(pkg("yamledit"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("sources"), pkg("gitops"),
                            pkg("forge"), pkg("report"), pkg("cli"), pkg("app"), pkg("pipeline"), "org.eclipse.jgit..")
                    .orShould().dependOnClassesThat(IO);

    @ArchTest
    static final ArchRule report_makes_no_decisions_and_does_no_io_beyond_a_writer =
            noClasses().that().resideInAPackage(pkg("report"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("sources"), pkg("declarations"),
                            pkg("policy"), pkg("gitops"), pkg("pipeline"), pkg("config"))
                    .orShould().dependOnClassesThat(IO);

    @ArchTest
    static final ArchRule pipeline_does_no_parsing_http_or_formatting =
            noClasses().that().resideInAPackage(pkg("pipeline"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("report"), pkg("declarations"),
                            pkg("cli"), pkg("app"), "com.fasterxml..", "org.snakeyaml..")
                    .orShould().dependOnClassesThat(IO);

    @ArchTest
    static final ArchRule cli_holds_no_business_logic =
            noClasses().that().resideInAPackage(pkg("cli"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("declarations"), pkg("sources"), pkg("http"),
                            pkg("versioning"), pkg("planning"), pkg("policy"));

    @ArchTest
    static final ArchRule only_the_edges_know_picocli =
            noClasses().that().resideOutsideOfPackage(pkg("cli"))
                    .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule only_gitops_jgit_uses_jgit =
            noClasses().that().resideOutsideOfPackage(pkg("gitops.jgit"))
                    .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit..");

    @ArchTest
    static final ArchRule only_scheduling_uses_quartz =
            noClasses().that().resideOutsideOfPackage(pkg("scheduling"))
                    .should().dependOnClassesThat().resideInAPackage("org.quartz..");

    @ArchTest
    static final ArchRule gitops_does_not_depend_on_forge =
            noClasses().that().resideInAPackage(pkg("gitops"))
                    .should().dependOnClassesThat().resideInAPackage(pkg("forge"));

    /** gitops' side is gitops_does_not_depend_on_forge. */
    @ArchTest
    static final ArchRule forge_knows_no_git_and_uses_only_the_http_caller_for_the_network =
            noClasses().that().resideInAPackage(pkg("forge"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("gitops"), "org.eclipse.jgit..")
                    .orShould().dependOnClassesThat(IO);

    @ArchTest
    static final ArchRule nothing_but_the_root_and_the_cli_depends_on_the_root =
            noClasses().that().resideOutsideOfPackages(pkg("app"), pkg("cli"))
                    .should().dependOnClassesThat().resideInAPackage(pkg("app"));

    @ArchTest
    static final ArchRule only_cluster_fabric8_uses_fabric8 =
            noClasses().that().resideOutsideOfPackage(pkg("cluster.fabric8"))
                    .should().dependOnClassesThat().resideInAPackage("io.fabric8..");

    /** fabric8's verbs that change the cluster (and their builders' twins, which Steward has no use for either). */
    private static final Set<String> CLUSTER_WRITES = Set.of("create", "createOr", "createOrReplace", "replace", "replaceStatus", "patch",
            "patchStatus", "edit", "editStatus", "update", "updateStatus", "delete", "apply", "serverSideApply", "scale", "evict",
            "restart", "rolling", "undo", "pause", "resume", "updateImage", "approve", "deny", "attach", "exec", "portForward");

    @ArchTest
    static final ArchRule nothing_writes_to_the_cluster =
            noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a fabric8 method that writes to the cluster") {
                @Override
                public boolean test(JavaMethodCall call) {
                    return call.getTargetOwner().getPackageName().startsWith("io.fabric8") && CLUSTER_WRITES.contains(call.getName());
                }
            });

    @ArchTest
    static final ArchRule cluster_reads_only_the_cluster =
            noClasses().that().resideInAPackage(pkg("cluster"))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("sources"), pkg("declarations"), pkg("gitops"),
                            pkg("forge"), pkg("planning"), pkg("pipeline"), pkg("report"), pkg("config"), pkg("policy"));

    /** Reading the wall clock directly: each has a twin taking a {@link java.time.Clock}. */
    private static final Set<String> WALL_CLOCK_READS = Set.of("java.time.Instant.now", "java.time.LocalDate.now",
            "java.time.LocalDateTime.now", "java.time.LocalTime.now", "java.time.ZonedDateTime.now", "java.time.OffsetDateTime.now",
            "java.time.Year.now", "java.time.YearMonth.now", "java.lang.System.currentTimeMillis");

    @ArchTest
    static final ArchRule time_is_read_from_an_injected_clock =
            noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a read of the wall clock without a Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String name = call.getTargetOwner().getFullName() + "." + call.getName();
                    return WALL_CLOCK_READS.contains(name) && call.getTarget().getRawParameterTypes().isEmpty();
                }
            }).orShould().callConstructor(java.util.Date.class)
            .because("tests must choose the time; java.time.Clock comes from the composition root");

    /** SLF4J makes the log provider itself, so it is logging's own composition root. */
    @ArchTest
    static final ArchRule only_the_composition_root_takes_the_system_clock =
            noClasses().that().doNotHaveFullyQualifiedName(BASE + "cli.WallClock")
                    .and().doNotHaveFullyQualifiedName(BASE + "observability.StewardLogProvider")
                    .should().callMethod(java.time.Clock.class, "systemUTC")
                    .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                    .orShould().callMethod(java.time.Clock.class, "system", java.time.ZoneId.class);
}
