package org.openprocure.systemtests.endpoints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The classes of an application packaged under {@code <repoRoot>/<application>/target/quarkus-app}, loaded (not
 * initialised) from its own jar and its libraries: {@link #ownClasses()} are those of the application's jar and of
 * the platform's shared libraries ({@code org.openprocure.*}), where its resources are.
 */
public final class PackagedApplication implements AutoCloseable {

    private final URLClassLoader loader;
    private final List<Class<?>> ownClasses = new ArrayList<>();

    private PackagedApplication(URLClassLoader loader) {
        this.loader = loader;
    }

    public static PackagedApplication open(Path repoRoot, String application) {
        Path app = repoRoot.resolve(application).resolve("target/quarkus-app");
        List<URL> urls = new ArrayList<>();
        List<Path> scanned = new ArrayList<>();
        try (Stream<Path> own = Files.list(app.resolve("app"));
                Stream<Path> libs = Files.list(app.resolve("lib/main"))) {
            own.filter(p -> p.toString().endsWith(".jar")).forEach(p -> {
                urls.add(url(p));
                scanned.add(p);
            });
            libs.filter(p -> p.toString().endsWith(".jar")).forEach(p -> {
                urls.add(url(p));
                if (p.getFileName().toString().startsWith("org.openprocure.")) {
                    scanned.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("no packaged application under " + app + " (run the package phase)", e);
        }
        PackagedApplication packaged = new PackagedApplication(
                new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader()));
        for (Path jar : scanned) {
            for (String className : classNames(jar)) {
                try {
                    packaged.ownClasses.add(Class.forName(className, false, packaged.loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // needs the application's runtime to load; no resource of ours is such a class
                }
            }
        }
        return packaged;
    }

    /** The top-level classes of the application's jar and of the {@code org.openprocure.*} libraries. */
    public List<Class<?>> ownClasses() {
        return Collections.unmodifiableList(ownClasses);
    }

    private static List<String> classNames(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("META-INF/")) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
