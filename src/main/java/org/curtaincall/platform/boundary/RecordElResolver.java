package org.curtaincall.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Lets pages read record components ({@code #{team.name}} calls {@code team.name()}). Expression Language 5, which
 * Jakarta EE 10 ships, only knows JavaBeans getters; the records that services hand to pages are read-only views.
 */
public class RecordElResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor != null) {
            context.setPropertyResolved(base, property);
        }
        // Read-only: no type that could be written.
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException(property + " of a " + base.getClass().getSimpleName() + " is read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static Method accessor(Object base, Object property) {
        if (!(base instanceof Record) || !(property instanceof String name)) {
            return null;
        }
        return ACCESSORS.computeIfAbsent(base.getClass(), type -> Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor, (a, b) -> a)))
                .get(name);
    }
}
