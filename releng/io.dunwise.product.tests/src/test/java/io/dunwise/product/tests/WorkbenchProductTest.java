package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench product as a collections agent gets it: unpacked from its archive, started through its
 * {@code dunwise-workbench} script on a demo ledger after a run, on a virtual X display (Xvfb). The test-only
 * robot bundle ({@code io.dunwise.ui.robot}), added to this copy's {@code bundles.info}, drives the main flows
 * inside the running workbench and saves a screenshot of each view (issue 18 §2: the ledger has a customer with
 * invoices in two currencies, which the robot finds in each list); the screenshots are kept under
 * {@code target/screenshots/} and named in the test report as attachments.
 */
class WorkbenchProductTest {

    private static final String DISPLAY = ":" + (90 + ProcessHandle.current().pid() % 9);
    private static final String AS_OF = "2026-11-22";
    private static Process xvfb;

    @BeforeAll
    static void startDisplay() throws IOException, InterruptedException {
        xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1500);
        assertTrue(xvfb.isAlive(), "Xvfb must run (apt-get install xvfb)");
    }

    @AfterAll
    static void stopDisplay() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    @Test
    void anAgentFindsAnOverdueCustomerSeesWhyAndAPowerUserChangesAStrategy() throws Exception {
        Product product = Product.unpack("dunwise-workbench", "workbench");
        Product.Result demo = product.dunwise("demo", "--customers", "40", "--seed", "3", "--as-of", AS_OF);
        assertEquals(0, demo.exitCode(), demo::toString);
        // issue 18 §2: a customer with an invoice in EUR and one in SEK, which once emptied the overdue list
        MixedCurrencyCustomer.addTo(product, "2026-11-17", "2026-11-20");
        Product.Result run = product.dunwise("run", "--strategies", "strategies", "--as-of", AS_OF);
        assertEquals(0, run.exitCode(), run::toString);
        addRobot(product);

        Path screenshots = Path.of(System.getProperty("dunwise.screenshots"));
        deleteScreenshots(screenshots);
        Path log = product.work.resolve("workbench.log");
        ProcessBuilder builder = new ProcessBuilder(product.home.resolve("dunwise-workbench").toString(),
                "--db", "dunwise-data", "--strategies", "strategies", "--as-of", AS_OF)
                .directory(product.work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", DISPLAY);
        builder.environment().put("DUNWISE_WORKSPACE", product.work.resolve("workspace").toString());
        builder.environment().put("DUNWISE_JAVA_OPTS", "-Ddunwise.robot.out=" + screenshots);
        Process workbench = builder.start();
        try {
            boolean closed = workbench.waitFor(8, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Path reportFile = screenshots.resolve("report.txt");
            List<String> report = Files.exists(reportFile) ? Files.readAllLines(reportFile) : List.of();
            assertTrue(closed, "the robot closes the workbench when done; report so far: " + report + "\n" + output);
            assertTrue(report.contains("DONE"), "the robot finished: " + report + "\n" + output);
            assertEquals(List.of(), report.stream().filter(line -> line.startsWith("FAIL")).toList(), output);
            assertEquals(List.of(
                    "PASS find and open an overdue customer",
                    "PASS dispute an invoice on the customer page (R26)",
                    "PASS explain the customer's decision (R28)",
                    "PASS settle, return the payment, promise, write off and open a case (R21-R24, R26)",
                    "PASS create an aging snapshot and read the aged balances (R19, R20)",
                    "PASS simulate a run (R17)",
                    "PASS read the process history (R16)",
                    "PASS preview and change the assignment (R5)",
                    "PASS run the strategy file's tests (R32)",
                    "PASS break a strategy, see the marker, complete a name",
                    "PASS change the customer's strategy, save it, and see Why? follow (R11, R28)",
                    "PASS see a customer with invoices in two currencies, one balance per currency (issue 18 §2)",
                    "DONE"), report);
            assertFalse(output.contains("Application error"), output);
            assertFalse(output.contains("Exception"), output);

            List<Path> images;
            try (Stream<Path> files = Files.list(screenshots)) {
                images = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            }
            assertEquals(19, images.size(), "a screenshot of each view and step: " + images);
            for (Path image : images) {
                BufferedImage read = ImageIO.read(image.toFile());
                assertEquals(1280, read.getWidth(), image::toString);
                assertTrue(distinctColours(read) > 50, image + " shows a window with text, not an empty screen");
                System.out.println("[[ATTACHMENT|" + image.toAbsolutePath() + "]]");
            }
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
    }

    /** Adds the robot bundle to this unpacked copy of the product, started at level 4 like a plug-in. */
    private static void addRobot(Product product) throws IOException {
        Path robot = Path.of(System.getProperty("dunwise.robot.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(robot), "the robot bundle is built: " + robot);
        String version;
        try (JarFile jar = new JarFile(robot.toFile())) {
            version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
        }
        // the simple configurator keeps only the bundles listed with their exact version
        Path info = product.home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Files.writeString(info, "io.dunwise.ui.robot," + version + "," + robot.toUri() + ",4,true\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static void deleteScreenshots(Path screenshots) throws IOException {
        Files.createDirectories(screenshots);
        try (Stream<Path> old = Files.list(screenshots)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
