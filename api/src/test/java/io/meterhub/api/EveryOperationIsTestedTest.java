package io.meterhub.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the contract is called by at least one test that says so with {@link Covers}. */
class EveryOperationIsTestedTest {

    @Test
    void every_operation_of_the_openapi_file_has_a_test() throws Exception {
        Set<String> covered = new TreeSet<>();
        for (Class<?> test : testClasses()) {
            for (Method method : test.getDeclaredMethods()) {
                Covers covers = method.getAnnotation(Covers.class);
                if (covers != null) {
                    covered.addAll(Arrays.asList(covers.value()));
                }
            }
        }
        List<String> operations = Contract.load().operationIds();

        assertThat(operations).isNotEmpty();
        assertThat(covered).as("operations named by @Covers").containsAll(operations);
        assertThat(operations).as("@Covers names only operations of the contract").containsAll(covered);
    }

    private static List<Class<?>> testClasses() throws IOException, URISyntaxException {
        Path root = Path.of(EveryOperationIsTestedTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith("Test.class") && !f.toString().contains("$")).<Class<?>>map(f -> {
                String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                try {
                    return (Class<?>) Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }
}
