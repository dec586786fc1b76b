package org.unkg.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A list of words or phrases the readers know from the UN's documents (preambular openers, operative verbs, the titles
 * signatories sign with, the head words of names), one a line in a resource file beside the class that reads it,
 * {@code #} starting a comment.
 */
public final class WordList {

    private final Set<String> words;

    private WordList(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
    }

    /** The list in the resource {@code resource}, a name relative to {@code reader}'s package. */
    public static WordList load(Class<?> reader, String resource) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = reader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the word list " + resource + " is missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
        return new WordList(words);
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The words, in the file's order. */
    public Set<String> words() {
        return words;
    }

    /** The longest word of the list that the text starts with at {@code at}, or null. */
    public String prefixAt(String text, int at) {
        String best = null;
        for (String w : words) {
            if (text.startsWith(w, at) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    /** The longest word of the list that the text ends with, or null. */
    public String suffixOf(String text) {
        String best = null;
        for (String w : words) {
            if (text.endsWith(w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    /** An alternation of the words, longest first, for a regular expression. */
    public String alternation() {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", sorted.stream().map(Pattern::quote).toList());
    }
}
