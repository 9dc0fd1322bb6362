package io.wataomi.core.entity;

import io.wataomi.core.config.ConfigException;
import io.wataomi.core.config.PropertyNames;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

import java.net.URLClassLoader;
import java.util.Locale;

/** Turns the {@code wataomi.namingStrategy} setting into Hibernate's physical and implicit naming strategies. */
final class NamingStrategies {
    /** A class every Spring Boot application has on its classpath (the spring-boot jar). */
    static final String SPRING_BOOT_MARKER = "org/springframework/boot/SpringApplication.class";
    private static final String ALLOWED = "auto, standard, snake_case, or the fully qualified name of a class"
            + " implementing org.hibernate.boot.model.naming.PhysicalNamingStrategy";

    /** The strategies to apply, and how to describe them to the user. */
    record Choice(PhysicalNamingStrategy physical, ImplicitNamingStrategy implicit, String description) {
    }

    private NamingStrategies() {
    }

    /** Resolves a setting; class names are loaded from the project's class loader. */
    static Choice resolve(String setting, URLClassLoader project) {
        return resolve(setting, project, null);
    }

    /**
     * Resolves a setting; with {@code auto}, the naming strategies the application itself sets (its
     * hibernate.*_naming_strategy or spring.jpa.hibernate.naming.* settings) win over the defaults.
     */
    static Choice resolve(String setting, URLClassLoader project, ApplicationSettings application) {
        boolean springBoot = project.findResource(SPRING_BOOT_MARKER) != null;
        if (setting.equalsIgnoreCase("auto") && application != null && setByApplication(application)) {
            return fromApplication(application, project, springBoot);
        }
        return switch (setting.toLowerCase(Locale.ROOT)) {
            case "auto" -> springBoot ? snakeCase("snake_case (auto: Spring Boot found)")
                    : standard("standard (auto: no Spring Boot on the classpath)");
            case "standard" -> standard("standard");
            case "snake_case" -> snakeCase("snake_case");
            default -> custom(setting, project, springBoot);
        };
    }

    private static boolean setByApplication(ApplicationSettings application) {
        return userSet(application.get(ApplicationSettings.PHYSICAL)) || userSet(application.get(ApplicationSettings.IMPLICIT));
    }

    private static boolean userSet(ApplicationSettings.Setting s) {
        return s != null && !s.source().equals("Spring Boot's default");
    }

    /** The application's own strategies; the one it leaves unset is the default (Spring Boot's when present). */
    private static Choice fromApplication(ApplicationSettings application, URLClassLoader project, boolean springBoot) {
        Choice base = springBoot ? snakeCase("") : standard("");
        ApplicationSettings.Setting p = application.get(ApplicationSettings.PHYSICAL);
        ApplicationSettings.Setting i = application.get(ApplicationSettings.IMPLICIT);
        PhysicalNamingStrategy physical = userSet(p) ? (PhysicalNamingStrategy) strategy(p, project, PhysicalNamingStrategy.class) : base.physical();
        ImplicitNamingStrategy implicit = userSet(i) ? (ImplicitNamingStrategy) strategy(i, project, ImplicitNamingStrategy.class) : base.implicit();
        String description = "physical " + (userSet(p) ? p.value() + " (" + p.source() + ")" : "default")
                + ", implicit " + (userSet(i) ? i.value() + " (" + i.source() + ")" : "default");
        return new Choice(physical, implicit, description);
    }

    private static Object strategy(ApplicationSettings.Setting s, URLClassLoader project, Class<?> kind) {
        Object o = instantiate(s.value(), project);
        if (!kind.isInstance(o)) {
            throw new ConfigException(s.value() + " (from " + s.source() + ") is not a " + kind.getSimpleName() + ".");
        }
        return o;
    }

    private static Choice standard(String description) {
        return new Choice(PhysicalNamingStrategyStandardImpl.INSTANCE, ImplicitNamingStrategyJpaCompliantImpl.INSTANCE, description);
    }

    /** What Spring Boot configures when the application sets no naming property. */
    private static Choice snakeCase(String description) {
        return new Choice(new CamelCaseToUnderscoresNamingStrategy(), new SpringImplicitNaming(), description);
    }

    /** A user's class; under Spring Boot it replaces only the physical strategy, as spring.jpa.hibernate.naming does. */
    private static Choice custom(String className, URLClassLoader project, boolean springBoot) {
        if (!className.contains(".")) {
            throw new ConfigException(PropertyNames.NAMING_STRATEGY + "=" + className + " is not a naming strategy; use " + ALLOWED + ".");
        }
        Object strategy = instantiate(className, project);
        PhysicalNamingStrategy physical = strategy instanceof PhysicalNamingStrategy p ? p : PhysicalNamingStrategyStandardImpl.INSTANCE;
        ImplicitNamingStrategy implicit = strategy instanceof ImplicitNamingStrategy i ? i
                : springBoot ? new SpringImplicitNaming() : ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
        if (!(strategy instanceof PhysicalNamingStrategy) && !(strategy instanceof ImplicitNamingStrategy)) {
            throw new ConfigException(PropertyNames.NAMING_STRATEGY + "=" + className
                    + " names a class that is neither a PhysicalNamingStrategy nor an ImplicitNamingStrategy; use " + ALLOWED + ".");
        }
        return new Choice(physical, implicit, className);
    }

    private static Object instantiate(String className, URLClassLoader project) {
        try {
            return Class.forName(className, true, project).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConfigException(PropertyNames.NAMING_STRATEGY + "=" + className
                    + ": no such class on the project's compile classpath; use " + ALLOWED + ".");
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConfigException(PropertyNames.NAMING_STRATEGY + "=" + className
                    + ": cannot create it through a public no-argument constructor (" + e + ").");
        }
    }
}
