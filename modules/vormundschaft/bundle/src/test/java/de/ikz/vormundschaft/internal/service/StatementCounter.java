package de.ikz.vormundschaft.internal.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** A data source that counts the statements prepared through it (tests of "a fixed number of queries"). */
final class StatementCounter {

    private final AtomicInteger statements = new AtomicInteger();

    int count() {
        return statements.get();
    }

    /** The number of statements {@code work} prepared. */
    int during(Runnable work) {
        int before = count();
        work.run();
        return count() - before;
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target);
    }

    private <T> T proxy(Class<T> type, T target) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                statements.incrementAndGet();
            }
            try {
                Object result = method.invoke(target, args);
                return result instanceof Connection c && method.getReturnType() == Connection.class ? proxy(Connection.class, c) : result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
