package org.doorman.batch.requests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The property names an object of the contract knows, each standing for a constant of {@code E}; any other name
 * stands for the one constant without a name. They are compared as bytes: no string is made for a name, and a
 * switch over the constant costs less than one over strings while the JIT keeps to its quick compiler.
 */
final class JsonNames<E extends Enum<E>> {

    private final byte[][] names;
    private final String[] strings;
    private final E[] fields;
    private final E other;

    private JsonNames(E[] constants, Function<E, String> name) {
        var named = new ArrayList<String>();
        var constantsNamed = new ArrayList<E>();
        E unnamed = null;
        for (var constant : constants) {
            if (name.apply(constant) == null) {
                unnamed = constant;
            } else {
                constantsNamed.add(constant);
                named.add(name.apply(constant));
            }
        }
        this.fields = constantsNamed.toArray(Arrays.copyOf(constants, 0));
        if (unnamed == null) {
            throw new IllegalArgumentException("one constant stands for any other name");
        }
        this.other = unnamed;
        this.strings = named.toArray(String[]::new);
        this.names = new byte[strings.length][];
        for (int i = 0; i < strings.length; i++) {
            names[i] = strings[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    static <E extends Enum<E>> JsonNames<E> of(E[] constants, Function<E, String> name) {
        return new JsonNames<>(constants, name);
    }

    /** The constant for the name in {@code bytes} from {@code start} to {@code stop}, written without escapes. */
    E find(byte[] bytes, int start, int stop) {
        int length = stop - start;
        next:
        for (int k = 0; k < names.length; k++) {
            var name = names[k];
            if (name.length != length) {
                continue;
            }
            for (int i = 0; i < length; i++) {
                if (name[i] != bytes[start + i]) {
                    continue next;
                }
            }
            return fields[k];
        }
        return other;
    }

    /** The constant for a name that had to be decoded. */
    E find(String decoded) {
        for (int k = 0; k < strings.length; k++) {
            if (strings[k].equals(decoded)) {
                return fields[k];
            }
        }
        return other;
    }
}
