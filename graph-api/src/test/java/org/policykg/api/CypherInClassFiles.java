package org.policykg.api;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Whether a class carries Cypher: ArchUnit sees dependencies, not string literals, so this reads the string
 * constants of the class file itself (text blocks, literals and the recipes of {@code +} concatenation all end up
 * there) and looks for Cypher clauses, written in capitals as this project writes them.
 */
final class CypherInClassFiles {

    private static final Pattern CYPHER = Pattern.compile(
            "\\b(OPTIONAL\\s+)?MATCH\\s*\\(|\\b(MERGE|CREATE)\\s*\\(|\\bRETURN\\s|\\bUNWIND\\s|\\bCALL\\s*[({]|\\bCALL\\s+db\\."
                    + "|\\bDETACH\\s+DELETE\\b|^\\s*(EXPLAIN|PROFILE)\\s");

    private CypherInClassFiles() {
    }

    static ArchCondition<JavaClass> notContainCypher() {
        return new ArchCondition<>("not contain Cypher") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (String constant : stringConstants(item)) {
                    if (CYPHER.matcher(constant).find()) {
                        String shown = constant.strip().replaceAll("\\s+", " ");
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " contains Cypher: \""
                                + shown.substring(0, Math.min(80, shown.length())) + "\""));
                    }
                }
            }
        };
    }

    /** The class file's CONSTANT_String values (JVMS 4.4), read from where ArchUnit imported the class. */
    static List<String> stringConstants(JavaClass javaClass) {
        byte[] bytes = javaClass.getSource().map(source -> {
            try (InputStream in = source.getUri().toURL().openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElseThrow(() -> new IllegalStateException("no class file for " + javaClass.getName()));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++; // eight-byte constants take two slots
                    }
                    default -> throw new IllegalStateException("unknown constant pool tag " + tag + " in " + javaClass.getName());
                }
            }
            return strings.stream().map(index -> utf8[index]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
