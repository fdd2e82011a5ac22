package io.netsysctl.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Names classes, methods, fields and parameters in messages the way a reader finds them in the source. */
final class Elements {

    private Elements() {
    }

    static String describe(AnnotatedElement element) {
        if (element instanceof Class<?> type) {
            return className(type);
        }
        if (element instanceof Method method) {
            return className(method.getDeclaringClass()) + "." + method.getName() + "()";
        }
        if (element instanceof Field field) {
            return "field " + field.getName() + " of " + className(field.getDeclaringClass());
        }
        return String.valueOf(element);
    }

    /** Returns a name like {@code IsolationTest.isolated(SysctlContainer, HostNamespace)}. */
    static String signature(Executable executable) {
        String parameters = Arrays.stream(executable.getParameterTypes())
                .map(Class::getSimpleName)
                .collect(Collectors.joining(", "));
        String name = executable instanceof Method ? "." + executable.getName() : "";
        return className(executable.getDeclaringClass()) + name + "(" + parameters + ")";
    }

    /** Returns the class name without its package, nested classes joined by dots: {@code Outer.Inner}. */
    static String className(Class<?> type) {
        String name = type.getName();
        String packageName = type.getPackageName();
        if (!packageName.isEmpty()) {
            name = name.substring(packageName.length() + 1);
        }
        return name.replace('$', '.');
    }
}
