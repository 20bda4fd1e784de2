package org.engagement.core.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.engagement.core.shared.InvalidInputException;

/** One free-text answer from an evaluation form, tagged with themes (e.g. "train earlier") so they can be counted. */
@Entity
@Table(name = "evaluation_answer")
@NamedQuery(
        name = "EvaluationAnswer.findBySession",
        query = "SELECT a FROM EvaluationAnswer a WHERE a.session.id = :sessionId" + " ORDER BY a.question, a.id")
public class EvaluationAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_answer_seq")
    @SequenceGenerator(name = "evaluation_answer_seq", sequenceName = "evaluation_answer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationQuestion question;

    @Column(name = "answer_text", nullable = false, length = 1000)
    private String text;

    /** Lower-case themes separated by commas, e.g. {@code train earlier,online safety}. */
    @Column(length = 500)
    private String themes;

    protected EvaluationAnswer() {}

    public EvaluationAnswer(TrainingSession session, EvaluationQuestion question, String text, String themes) {
        String cleanText = Course.clean(text);
        if (question == null) {
            throw new InvalidInputException("question", "Choose which question this answers.");
        }
        if (cleanText == null || cleanText.length() > 1000) {
            throw new InvalidInputException("answer", "Enter the answer as written (1,000 characters or fewer).");
        }
        String cleanThemes = String.join(",", parseThemes(themes));
        if (cleanThemes.length() > 500) {
            throw new InvalidInputException("themes", "Keep the themes to 500 characters.");
        }
        this.session = session;
        this.question = question;
        this.text = cleanText;
        this.themes = cleanThemes.isEmpty() ? null : cleanThemes;
    }

    static List<String> parseThemes(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(t -> t.strip().toLowerCase(Locale.ROOT))
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
    }

    /**
     * This answer as a reader may see it: its text passed through {@code shown} (restricted people's names masked, see
     * {@code RestrictedNames}). A detached copy for showing only, never saved; this answer itself when nothing changes.
     */
    public EvaluationAnswer shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(text), text)) {
            return this;
        }
        EvaluationAnswer copy = new EvaluationAnswer();
        copy.id = id;
        copy.version = version;
        copy.session = session;
        copy.question = question;
        copy.text = shown.apply(text);
        copy.themes = themes;
        return copy;
    }

    public List<String> themeList() {
        return parseThemes(themes);
    }

    /** How many answers carry each theme, most frequent first. */
    public static Map<String, Long> countThemes(List<EvaluationAnswer> answers) {
        Map<String, Long> counts = answers.stream()
                .flatMap(a -> a.themeList().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("question", question.label());
        fields.put("answer", text);
        fields.put("themes", themes);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public EvaluationQuestion getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public String getThemes() {
        return themes;
    }
}
