package org.unkg.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium driven through Debian's chromedriver. The driver is named explicitly, so Selenium never
 * tries to download one; the flags keep Chromium from calling out of this machine. Tests that need it are skipped
 * where the packages are missing ({@code .ci/run} installs them).
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** A new browser with an empty profile; the caller quits it. */
    public static ChromeDriver start() throws IOException {
        return start(false);
    }

    /**
     * A new browser that also records its console ({@code LogType.BROWSER}: errors such as Content-Security-Policy
     * violations) and its network events ({@code LogType.PERFORMANCE}: every request it sends).
     */
    public static ChromeDriver startRecording() throws IOException {
        return start(true);
    }

    private static ChromeDriver start(boolean recording) throws IOException {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Debian's chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        if (recording) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
