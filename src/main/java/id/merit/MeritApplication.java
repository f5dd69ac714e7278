package id.merit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeritApplication {
    public static void main(String[] args) {
        SpringApplication.run(MeritApplication.class, args);
    }
}
