package id.merit.system.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/** Indonesian by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration
class WebConfig implements WebMvcConfigurer {

    static final Locale INDONESIAN = new Locale("id");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("merit-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Static files and WebJars under explicit patterns, instead of Boot's catch-all {@code /**}
     * ({@code spring.web.resources.add-mappings=false}). Thymeleaf passes every link of a page through the resource
     * chain's URL encoding; under {@code /**} each ordinary link ({@code /employees/…}) was looked up in four classpath
     * locations and as a WebJar, inside the nested jar (a lock), and not cached because nothing was found: page renders
     * queued on that lock under load (issue 7). Now only asset links are resolved, once each: the chain caches them.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String dir : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + dir + "/**").addResourceLocations("classpath:/static/" + dir + "/").resourceChain(true);
        }
        registry.addResourceHandler("/favicon.svg", "/favicon.ico").addResourceLocations("classpath:/static/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
