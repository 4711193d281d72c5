package io.dunwise.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench product as a collections agent gets it: unpacked from its archive, started through its
 * {@code dunwise-workbench} script on a demo ledger, on a virtual X display (Xvfb). The screenshot is saved
 * under {@code target/screenshots/} with the test report.
 */
class WorkbenchProductTest {

    private static final String DISPLAY = ":" + (90 + ProcessHandle.current().pid() % 9);
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
    void theOverdueCustomersPartShowsTheDemoLedger() throws Exception {
        Product product = Product.unpack("dunwise-workbench", "workbench");
        Product.Result demo = product.dunwise("demo", "--customers", "40", "--seed", "3", "--as-of", "2026-11-22");
        assertEquals(0, demo.exitCode(), demo::toString);

        Path log = product.work.resolve("workbench.log");
        ProcessBuilder builder = new ProcessBuilder(product.home.resolve("dunwise-workbench").toString(),
                "--db", product.work.resolve("dunwise-data").toString())
                .directory(product.work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("DISPLAY", DISPLAY);
        builder.environment().put("DUNWISE_WORKSPACE", product.work.resolve("workspace").toString());
        Process workbench = builder.start();
        try {
            waitForWindow("Dunwise", 90);
            Path screenshot = Path.of(System.getProperty("dunwise.screenshots")).resolve("workbench-overdue-customers.png");
            Files.createDirectories(screenshot.getParent());
            // the window is mapped before the part has read the ledger and painted its table; on a busy machine
            // that takes a while, so the screenshot is taken again until it shows more than an empty screen
            BufferedImage image = null;
            for (int attempt = 0; attempt < 30 && (image == null || distinctColours(image) <= 50); attempt++) {
                Thread.sleep(2000);
                Product.Result shot = Product.run(product.work, Map.of("DISPLAY", DISPLAY), 60, "import", "-window",
                        "root", screenshot.toString());
                assertEquals(0, shot.exitCode(), shot::toString);
                image = ImageIO.read(screenshot.toFile());
            }

            assertTrue(workbench.isAlive(), "the workbench is still running:\n" + Files.readString(log));
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(output.contains("Application error"), output);
            assertFalse(output.contains("Exception"), output);

            assertEquals(1280, image.getWidth());
            assertTrue(distinctColours(image) > 50, "the screenshot shows a window with text, not an empty screen");
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(20, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
    }

    private static void waitForWindow(String title, int seconds) throws IOException, InterruptedException {
        for (int i = 0; i < seconds; i++) {
            Product.Result tree = Product.run(Path.of("."), Map.of("DISPLAY", DISPLAY), 30, "xwininfo", "-root", "-tree");
            if (tree.out().contains(title)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no window titled " + title + " after " + seconds + " s");
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
