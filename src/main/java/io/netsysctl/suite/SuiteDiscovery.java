package io.netsysctl.suite;

import io.netsysctl.NetSysctlConfig;
import io.netsysctl.NetSysctlSuites;
import io.netsysctl.config.Placeholders;
import io.netsysctl.model.SysctlKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds suite files from the discovery request and builds the descriptor tree. File and directory selectors
 * name files directly; a class selector for a class annotated with {@link NetSysctlSuites} stands for the
 * configured suite location; a unique-id selector reruns one suite, check or key.
 */
final class SuiteDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteDiscovery.class);

    private final EngineDiscoveryRequest request;
    private final TestDescriptor engine;
    /** The descriptor suites are added to: the engine, or the container of a marked class. */
    private TestDescriptor parent;
    private final SuiteLoader loader = new SuiteLoader(Placeholders.system());
    private final Set<Path> files = new TreeSet<>();
    private final List<UniqueId> uniqueIds = new ArrayList<>();
    private final Map<String, String> missingLocations = new LinkedHashMap<>();
    private boolean selectAll = false;

    SuiteDiscovery(EngineDiscoveryRequest request, TestDescriptor engine) {
        this.request = request;
        this.engine = engine;
        this.parent = engine;
    }

    void discover() {
        for (FileSelector selector : request.getSelectorsByType(FileSelector.class)) {
            if (isSuiteFile(selector.getPath())) {
                addFile(selector.getPath());
                selectAll = true;
            }
        }
        for (DirectorySelector selector : request.getSelectorsByType(DirectorySelector.class)) {
            addTree(selector.getPath());
        }
        for (ClassSelector selector : request.getSelectorsByType(ClassSelector.class)) {
            if (isMarked(selector)) {
                useClassContainer(selector.getJavaClass());
                addConfiguredLocation();
            }
        }
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            addUniqueId(selector.getUniqueId());
        }
        buildTree();
    }

    /**
     * Puts the suites below a container for the marked class. Surefire and Failsafe report only tests below a
     * container with a class source, so without it a build would run the suites but count no tests.
     */
    private void useClassContainer(Class<?> marked) {
        if (parent == engine) {
            UniqueId id = engine.getUniqueId().append(Descriptors.CLASS_SEGMENT, marked.getName());
            parent = new Descriptors.ClassDescriptor(id, marked);
            engine.addChild(parent);
        }
    }

    private void addConfiguredLocation() {
        // A blank value counts as unset, as in NetSysctlConfig; Path.of("") would be the working directory.
        String location = request.getConfigurationParameters().get(NetSysctlConfig.SUITES)
                .filter(value -> !value.isBlank())
                .orElseGet(() -> NetSysctlConfig.get(NetSysctlConfig.SUITES, NetSysctlConfig.DEFAULT_SUITES));
        Path path = Path.of(location);
        String where = "suite location '" + location + "'"
                + (path.isAbsolute() ? "" : " (" + path.toAbsolutePath() + ")");
        String fix = "; set -D" + NetSysctlConfig.SUITES + "=PATH to a suite file or a folder of *.yaml files, "
                + "or run from the folder that contains 'suites/'";
        if (Files.isRegularFile(path)) {
            addFile(path);
        } else if (Files.isDirectory(path)) {
            if (addTree(path) == 0) {
                missingLocations.put(location, where + " contains no *.yaml or *.yml file" + fix);
            }
        } else if (Files.exists(path)) {
            missingLocations.put(location, where + " is neither a regular file nor a folder" + fix);
        } else {
            missingLocations.put(location, where + " does not exist" + fix);
        }
        selectAll = true;
    }

    /** Adds every suite file below {@code folder} and returns how many it found, or -1 when listing failed. */
    private int addTree(Path folder) {
        selectAll = true;
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(SuiteDiscovery::isSuiteFile).sorted()
                    .toList();
            found.forEach(this::addFile);
            return found.size();
        } catch (IOException | UncheckedIOException e) {
            missingLocations.put(folder.toString(), "failed to list suite folder " + folder.toAbsolutePath() + ": "
                    + e.getMessage() + "; check that it exists and is readable");
            return -1;
        }
    }

    private void addUniqueId(UniqueId id) {
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.hasPrefix(engine.getUniqueId()) || segments.size() < 2) {
            return;
        }
        int fileIndex = 1;
        if (segments.get(1).getType().equals(Descriptors.CLASS_SEGMENT)) {
            Optional<Class<?>> marked = markedClass(segments.get(1).getValue());
            if (marked.isEmpty()) {
                return;
            }
            useClassContainer(marked.get());
            fileIndex = 2;
        }
        if (segments.size() <= fileIndex) {
            addConfiguredLocation();
            return;
        }
        if (segments.get(fileIndex).getType().equals(Descriptors.FILE_SEGMENT)) {
            addFile(Path.of(segments.get(fileIndex).getValue()));
            uniqueIds.add(id);
        }
    }

    private void addFile(Path path) {
        files.add(path.normalize());
    }

    private void buildTree() {
        UniqueId root = parent.getUniqueId();
        for (Map.Entry<String, String> missing : missingLocations.entrySet()) {
            addFailure(missing.getKey(), new SuiteLocationException(missing.getValue()), Optional.empty());
        }
        Map<String, String> suiteFiles = new LinkedHashMap<>();
        for (Path path : files) {
            String file = displayName(path);
            SuiteDefinition suite;
            try {
                suite = loader.load(path, file);
                String first = suiteFiles.putIfAbsent(suite.id(), file);
                if (first != null) {
                    throw new SuiteLoadException(file, suite.position(), "suite id '" + suite.id() + "' is already "
                            + "used by " + first + "; suite ids must be unique in a run, so rename one of them");
                }
            } catch (SuiteLoadException e) {
                LOG.debug("Suite file {} failed to load", file, e);
                addFailure(file, e, Optional.of(new Position(e.line(), e.column())));
                continue;
            }
            UniqueId suiteId = root.append(Descriptors.FILE_SEGMENT, file).append(Descriptors.SUITE_SEGMENT,
                    suite.id());
            Descriptors.SuiteDescriptor descriptor = new Descriptors.SuiteDescriptor(suiteId, suite);
            for (CheckDefinition check : suite.checks()) {
                descriptor.addChild(checkDescriptor(suiteId, file, suite.id(), check));
            }
            if (selected(descriptor)) {
                prune(descriptor);
                parent.addChild(descriptor);
            }
        }
    }

    private TestDescriptor checkDescriptor(UniqueId suiteId, String file, String suite, CheckDefinition check) {
        UniqueId checkId = suiteId.append(Descriptors.CHECK_SEGMENT, check.id());
        Descriptors.CheckDescriptor descriptor = new Descriptors.CheckDescriptor(checkId, file, suite, check);
        if (descriptor.perKey()) {
            List<SysctlKey> keys = ((CheckKind.Isolated) check.kind()).keys();
            for (int i = 0; i < keys.size(); i++) {
                UniqueId keyId = checkId.append(Descriptors.KEY_SEGMENT, keys.get(i).dotted());
                descriptor.addChild(new Descriptors.KeyDescriptor(keyId, file, suite, check, keys.get(i),
                        check.keyPositions().get(i)));
            }
        }
        return descriptor;
    }

    private void addFailure(String file, Exception failure, Optional<Position> position) {
        UniqueId fileId = parent.getUniqueId().append(Descriptors.FILE_SEGMENT, file);
        Descriptors.FileDescriptor container = new Descriptors.FileDescriptor(fileId, file);
        container.addChild(new Descriptors.LoadFailureDescriptor(fileId.append(Descriptors.LOAD_SEGMENT, "load"),
                file, failure, position));
        parent.addChild(container);
    }

    /** Returns whether a descriptor is selected: by a file, folder or class selector, or by a unique id. */
    private boolean selected(TestDescriptor descriptor) {
        if (selectAll) {
            return true;
        }
        return uniqueIds.stream().anyMatch(id -> id.hasPrefix(descriptor.getUniqueId())
                || descriptor.getUniqueId().hasPrefix(id));
    }

    /** Removes the checks and keys that no unique-id selector names, when only unique ids selected. */
    private void prune(TestDescriptor descriptor) {
        if (selectAll) {
            return;
        }
        for (TestDescriptor child : Set.copyOf(descriptor.getChildren())) {
            if (!selected(child)) {
                descriptor.removeChild(child);
            } else {
                prune(child);
            }
        }
    }

    private static Optional<Class<?>> markedClass(String name) {
        try {
            Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
            return type.isAnnotationPresent(NetSysctlSuites.class) ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("Failed to load class {} named in a unique id", name, e);
            return Optional.empty();
        }
    }

    private static boolean isMarked(ClassSelector selector) {
        try {
            return selector.getJavaClass().isAnnotationPresent(NetSysctlSuites.class);
        } catch (RuntimeException e) {
            LOG.debug("Failed to load class {} to look for @NetSysctlSuites", selector.getClassName(), e);
            return false;
        }
    }

    static boolean isSuiteFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Returns the path relative to the working directory when it lies below it, else the absolute path. */
    static String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }
}
