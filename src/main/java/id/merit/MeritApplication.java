package id.merit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeritApplication {

    static {
        // Timestamps are shown and parsed in the instance's zone (interchange.md §1); default Asia/Jakarta (merit.time-zone).
        String zone = System.getenv().getOrDefault("MERIT_TIME_ZONE", System.getenv().getOrDefault("MERIT_ZONE",
                System.getProperty("merit.time-zone", "Asia/Jakarta")));
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
    }

    public static void main(String[] args) {
        SpringApplication.run(MeritApplication.class, args);
    }
}
