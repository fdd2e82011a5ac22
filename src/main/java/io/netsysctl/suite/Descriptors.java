package io.netsysctl.suite;

import io.netsysctl.model.SysctlKey;
import java.io.File;
import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/** The test descriptors of the suite engine: engine, suite, check, key, and a file that failed to load. */
final class Descriptors {

    static final String CLASS_SEGMENT = "class";
    static final String FILE_SEGMENT = "file";
    static final String SUITE_SEGMENT = "suite";
    static final String CHECK_SEGMENT = "check";
    static final String KEY_SEGMENT = "key";
    static final String LOAD_SEGMENT = "load";

    private Descriptors() {
    }

    static TestSource source(String file, Position position) {
        return FileSource.from(new File(file).getAbsoluteFile(), FilePosition.from(position.line(),
                position.column()));
    }

    /**
     * The class annotated with {@code @NetSysctlSuites} that selected the suites, so build tools can report them.
     *
     * <p>NOTE: Surefire 3.5 names each test case in its XML by the test's display name, so two suites with the same
     * check id give two test cases of the same name there; the report entries and Allure keep the suite apart.
     */
    static final class ClassDescriptor extends AbstractTestDescriptor {
        ClassDescriptor(UniqueId id, Class<?> marked) {
            super(id, marked.getSimpleName(), ClassSource.from(marked));
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }

    /** A suite: a container of checks that share one target. */
    static final class SuiteDescriptor extends AbstractTestDescriptor {
        private final SuiteDefinition suite;

        SuiteDescriptor(UniqueId id, SuiteDefinition suite) {
            super(id, suite.id(), source(suite.file(), suite.position()));
            this.suite = suite;
        }

        SuiteDefinition suite() {
            return suite;
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }

    /** A check: a test, or a container of one test per key for {@code isolated} over a list of keys. */
    static final class CheckDescriptor extends AbstractTestDescriptor {
        private final CheckDefinition check;
        private final String suiteId;

        CheckDescriptor(UniqueId id, String file, String suiteId, CheckDefinition check) {
            super(id, check.id(), source(file, check.position()));
            this.check = check;
            this.suiteId = suiteId;
        }

        /** Returns {@code SUITE/CHECK}, a name unique in a run for tools that report legacy names. */
        @Override
        public String getLegacyReportingName() {
            return suiteId + "/" + check.id();
        }

        CheckDefinition check() {
            return check;
        }

        boolean perKey() {
            return check.kind() instanceof CheckKind.Isolated isolated && isolated.perKey();
        }

        @Override
        public Type getType() {
            return perKey() ? Type.CONTAINER : Type.TEST;
        }
    }

    /** One key of an {@code isolated} check written as a list. */
    static final class KeyDescriptor extends AbstractTestDescriptor {
        private final CheckDefinition check;
        private final SysctlKey key;
        private final String suiteId;

        KeyDescriptor(UniqueId id, String file, String suiteId, CheckDefinition check, SysctlKey key,
                Position position) {
            super(id, check.id() + "[" + key.dotted() + "]", source(file, position));
            this.check = check;
            this.key = key;
            this.suiteId = suiteId;
        }

        /** Returns {@code SUITE/CHECK[KEY]}, a name unique in a run for tools that report legacy names. */
        @Override
        public String getLegacyReportingName() {
            return suiteId + "/" + getDisplayName();
        }

        CheckDefinition check() {
            return check;
        }

        SysctlKey key() {
            return key;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }

    /** A file, or a suite location, that could not be loaded: a container with one failing test. */
    static final class FileDescriptor extends AbstractTestDescriptor {
        FileDescriptor(UniqueId id, String file) {
            super(id, file, FileSource.from(new File(file).getAbsoluteFile()));
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }

    /** The failing test of a file that could not be loaded; it fails with the load error. */
    static final class LoadFailureDescriptor extends AbstractTestDescriptor {
        private final Exception failure;
        private final String file;

        LoadFailureDescriptor(UniqueId id, String file, Exception failure, Optional<Position> position) {
            super(id, "load " + file, position.map(at -> source(file, at))
                    .orElse(FileSource.from(new File(file).getAbsoluteFile())));
            this.failure = failure;
            this.file = file;
        }

        Exception failure() {
            return failure;
        }

        String file() {
            return file;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
