package org.engagement.core.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;

/**
 * Restricted people's names where officers wrote them into free text (an engagement's summary, a follow-up, an audit
 * finding's evidence, a profile's notes): masked on the way out, for every reader but the data protection officer,
 * while the text itself is stored as written, so lifting the restriction shows the name again. A reader's instance
 * comes from {@code ContactService.restrictedNames()}; a module may mask its own officers' text with it too.
 *
 * <p>A name is matched as whole words (so "Ali Khan" is not masked inside "Ali Khanum"), in any case and with any
 * spacing between its words, as written on the person's record and surname first ("Khan Ali", "Khan, Ali"). Nicknames,
 * initials and misspellings are not recognised.
 */
public final class RestrictedNames {

    /** What is shown in place of a restricted person's name. */
    public static final String MASK = "[restricted person]";

    /** Why an edit of a text naming a restricted person is refused, beside the field. */
    public static final String EDIT_REFUSED =
            "This text names a person whose data is restricted; ask the data protection officer to edit it.";

    /** Nothing masked: for the data protection officer, or when nobody is restricted. */
    public static final RestrictedNames NONE = new RestrictedNames(null, List.of());

    /** Shorter names would mask ordinary words; erasure holds the same line (see {@code TextRedaction}). */
    private static final int SHORTEST_NAME = 3;

    /**
     * A letter, digit or hyphen next to a name makes it part of another word ("Ann Smith-Jones" is not "Ann Smith");
     * an apostrophe does not, so "Ali Khan's" is masked.
     */
    private static final String WORD_CHARACTER = "[\\p{L}\\p{N}_-]";

    private final Pattern names;

    /** Each spelling in lower case with single spaces, for {@link #searchesFreeText}. */
    private final List<String> plainSpellings;

    private RestrictedNames(Pattern names, List<String> plainSpellings) {
        this.names = names;
        this.plainSpellings = plainSpellings;
    }

    /**
     * The names as this reader may see them: masked for everyone but the data protection officer (asked of
     * {@link RestrictedPeople#hideFrom}); {@code restrictedNames} is only asked when they are.
     */
    public static RestrictedNames forReader(Actor reader, Supplier<Collection<String>> restrictedNames) {
        return RestrictedPeople.hideFrom(reader) ? of(restrictedNames.get()) : NONE;
    }

    /** Masks these people's names (each as held on their record). */
    public static RestrictedNames of(Collection<String> fullNames) {
        List<String> spellings = new ArrayList<>();
        List<String> plainSpellings = new ArrayList<>();
        for (String name : fullNames) {
            if (name != null && name.strip().length() >= SHORTEST_NAME) {
                spellings.addAll(spellingsOf(name.strip()));
                plainSpellings.addAll(plainSpellingsOf(name));
            }
        }
        if (spellings.isEmpty()) {
            return NONE;
        }
        // Longest first, so a longer name is masked whole where a shorter one is part of it.
        String alternatives = spellings.stream()
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
        return new RestrictedNames(
                Pattern.compile(
                        "(?<!" + WORD_CHARACTER + ")(?:" + alternatives + ")(?!" + WORD_CHARACTER + ")",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                List.copyOf(plainSpellings));
    }

    /** The name and surname first (with and without the comma), lower case, single spaces. */
    private static List<String> plainSpellingsOf(String name) {
        List<String> words = Arrays.asList(plain(name).split(" "));
        if (words.size() < 2) {
            return words;
        }
        String surname = words.get(words.size() - 1);
        String others = String.join(" ", words.subList(0, words.size() - 1));
        return List.of(String.join(" ", words), surname + " " + others, surname + ", " + others);
    }

    private static String plain(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The name as written, and surname first with or without a comma, as patterns with any spacing between words. */
    private static List<String> spellingsOf(String name) {
        List<String> words =
                Arrays.stream(name.split("\\s+")).map(Pattern::quote).toList();
        List<String> spellings = new ArrayList<>();
        spellings.add(String.join("\\s+", words));
        if (words.size() > 1) {
            String surname = words.get(words.size() - 1);
            spellings.add(surname + ",?\\s+" + String.join("\\s+", words.subList(0, words.size() - 1)));
        }
        return spellings;
    }

    /** The text with every restricted name in it replaced by {@link #MASK}; null stays null. */
    public String mask(String text) {
        if (names == null || text == null) {
            return text;
        }
        return names.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /** Whether the text names a restricted person, so would be shown masked. */
    public boolean masks(String text) {
        return names != null && text != null && names.matcher(text).find();
    }

    /**
     * Whether a list's search for {@code term} may look in officers' free text, where this reader is shown restricted
     * names masked. Not when the term is part of a restricted name or holds one ("Sara", "Restricted, Sara", "Sara
     * Restricted's visit"): the stored text would match where the reader sees only the mask, and the row found would
     * tell them she is named there. Such a search still looks in the other columns (an organisation's name, a code). We
     * chose this over finding where in a text the term matched: a database cannot tell a match inside her name from one
     * beside it without the masking rule, and a list pages in the database. The cost is that a term inside a restricted
     * name (however short) does not search free text for anyone but the data protection officer while she is
     * restricted.
     */
    public boolean searchesFreeText(String term) {
        if (term == null || term.isBlank() || plainSpellings.isEmpty()) {
            return true;
        }
        String sought = plain(term);
        return plainSpellings.stream().noneMatch(name -> name.contains(sought) || sought.contains(name));
    }

    /**
     * What to store for a free-text field a reader edited: a text naming a restricted person was shown to them masked,
     * so sending it back unchanged keeps the stored text (the name stays where it was, and the mask is never saved),
     * while changing it is refused beside the field. Refusing is simpler and safer than putting the stored names back
     * into an edited text: a moved, doubled or typed mask would have no single right answer. The data protection
     * officer sees the names and edits such a text; for them (and for texts naming nobody restricted) the submitted
     * text is stored as it is.
     */
    public String kept(String field, String stored, String submitted) {
        if (!masks(stored)) {
            return submitted;
        }
        String sent = submitted == null ? "" : submitted.strip();
        if (sent.equals(mask(stored).strip()) || sent.equals(stored.strip())) {
            return stored;
        }
        throw new InvalidInputException(field, EDIT_REFUSED);
    }
}
