package de.ikz.uicore.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * A service interface answered by a plain object that has some of its methods (same name and
 * parameter types): the rest throws, so a test shows which call it did not expect.
 */
final class Fake {

    private Fake() {
    }

    @SuppressWarnings("unchecked")
    static <T> T of(Class<T> type, Object handler) {
        return (T) Proxy.newProxyInstance(Fake.class.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            Method target;
            try {
                target = handler.getClass().getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                if (m.isDefault()) {
                    return java.lang.invoke.MethodHandles.privateLookupIn(type, java.lang.invoke.MethodHandles.lookup())
                            .unreflectSpecial(m, type).bindTo(proxy).invokeWithArguments(args == null ? new Object[0] : args);
                }
                throw new UnsupportedOperationException("unexpected call " + type.getSimpleName() + "." + m.getName()
                        + Arrays.toString(m.getParameterTypes()));
            }
            target.setAccessible(true);
            try {
                return target.invoke(handler, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
