package com.sesadvisor.analysis.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sesadvisor.analysis.AnalysisInput;
import com.sesadvisor.analysis.AnalysisService;
import com.sesadvisor.analysis.RankingService;
import com.sesadvisor.engine.finance.Violation;
import com.sesadvisor.engine.text.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved Analysis scenarios: save under a name (personal, or shared with a workshop), list, load, overwrite, rename,
 * delete and compare two. Names are required and unique per owner regardless of case; a change based on an older
 * copy is refused (STALE) and nothing is overwritten. Who may see or change a workshop's scenarios is the workshop
 * feature's answer ({@link ScenarioAccess}); personal scenarios are their owner's only.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SavedScenarioService {

    public static final int MAX_NAME = 120;

    /** A saved scenario without its inputs, as a list shows it. */
    public record Summary(long id, String name, ScenarioScope scope, String workshopName, long version,
                          String updatedBy, Instant updatedAt, boolean writable) {
    }

    /** A saved scenario with its inputs. */
    public record Loaded(Summary summary, AnalysisInput input) {
    }

    private final SavedScenarioRepository repository;
    private final ScenarioAccess access;
    private final AnalysisService analysis;
    private final RankingService ranking;
    private final ObjectMapper json;
    private final Clock clock;

    SavedScenarioService(SavedScenarioRepository repository, ScenarioAccess access, AnalysisService analysis,
                         RankingService ranking, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.analysis = analysis;
        this.ranking = ranking;
        this.json = json;
        this.clock = clock;
    }

    /** The caller's personal scenarios, then those of every workshop they may see, each by name. */
    @Transactional(readOnly = true)
    public List<Summary> list() {
        Map<Long, String> workshops = access.readableWorkshops();
        List<String> keys = new ArrayList<>();
        keys.add(ScenarioScope.personal(access.currentUser()).key());
        workshops.keySet().forEach(id -> keys.add(ScenarioScope.workshop(id).key()));
        List<Summary> personal = new ArrayList<>();
        List<Summary> shared = new ArrayList<>();
        for (SavedScenario s : repository.findByScopeKeyInOrderByNameKey(keys)) {
            Summary summary = summary(s, workshops);
            (summary.scope().personal() ? personal : shared).add(summary);
        }
        personal.addAll(shared);
        return personal;
    }

    /** The workshops the caller may save a shared scenario for (id to name), as a "Saved for" choice offers them. */
    @Transactional(readOnly = true)
    public Map<Long, String> writableWorkshops() {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        access.readableWorkshops().forEach((id, name) -> {
            if (access.mayWrite(id)) {
                out.put(id, name);
            }
        });
        return out;
    }

    @Transactional(readOnly = true)
    public Loaded load(long id) {
        SavedScenario s = readable(id);
        return new Loaded(summary(s, access.readableWorkshops()), read(s));
    }

    /**
     * Saves the scenario under a new name.
     *
     * @param workshopId null for a personal scenario, else the workshop to share it with
     */
    public Summary save(String name, Long workshopId, AnalysisInput input) {
        ScenarioScope scope = workshopId == null ? ScenarioScope.personal(access.currentUser())
                : ScenarioScope.workshop(workshopId);
        if (workshopId != null && !access.mayRead(workshopId)) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, "workshopId",
                    Text.of(ScenarioText.ERROR_WORKSHOP, workshopId));
        }
        checkWritable(scope);
        String checked = checkName(name);
        String content = write(valid(input));
        if (repository.existsByScopeKeyAndNameKey(scope.key(), SavedScenario.nameKey(checked))) {
            throw nameTaken(checked);
        }
        SavedScenario s = new SavedScenario(scope, checked, content, access.currentUser(), clock.instant());
        try {
            s = repository.saveAndFlush(s);
        } catch (DataIntegrityViolationException e) {
            throw nameTaken(checked); // saved by someone else at the same moment
        }
        return summary(s, access.readableWorkshops());
    }

    /** Replaces the inputs of a saved scenario; refused when it changed since {@code expectedVersion}. */
    public Summary overwrite(long id, long expectedVersion, AnalysisInput input) {
        return update(id, expectedVersion, null, valid(input));
    }

    public Summary rename(long id, long expectedVersion, String name) {
        return update(id, expectedVersion, name, null);
    }

    /** Renames and/or overwrites in one step (either may be null); refused when changed since the version. */
    public Summary update(long id, long expectedVersion, String name, AnalysisInput input) {
        SavedScenario s = writable(id, expectedVersion);
        if (input != null) {
            s.overwrite(write(valid(input)), access.currentUser(), clock.instant());
        }
        if (name != null) {
            String checked = checkName(name);
            if (!SavedScenario.nameKey(checked).equals(s.getNameKey())
                    && repository.existsByScopeKeyAndNameKey(s.getScopeKey(), SavedScenario.nameKey(checked))) {
                throw nameTaken(checked);
            }
            s.rename(checked);
            s.touch(access.currentUser(), clock.instant());
        }
        return flush(s);
    }

    public void delete(long id, long expectedVersion) {
        SavedScenario s = writable(id, expectedVersion);
        repository.delete(s);
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(s);
        }
    }

    /** The inputs of both side by side (which differ) and their outcomes per model. */
    @Transactional(readOnly = true)
    public ScenarioComparison compare(long a, long b) {
        Loaded left = load(a);
        Loaded right = load(b);
        return ScenarioComparison.of(left.summary(), left.input(), outcome(left.input()), right.summary(),
                right.input(), outcome(right.input()));
    }

    private ScenarioComparison.Outcome outcome(AnalysisInput in) {
        if (!analysis.violations(in).isEmpty()) {
            return null; // a bound tightened since the save: the inputs are still shown
        }
        return new ScenarioComparison.Outcome(analysis.finance(in),
                ranking.rank(in, com.sesadvisor.engine.recommend.RecommendationOptions.defaults()));
    }

    private Summary flush(SavedScenario s) {
        try {
            return summary(repository.saveAndFlush(s), access.readableWorkshops());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(s);
        } catch (DataIntegrityViolationException e) {
            throw nameTaken(s.getName());
        }
    }

    private SavedScenario readable(long id) {
        SavedScenario s = repository.findById(id).orElseThrow(() -> notFound(id));
        ScenarioScope scope = s.scope();
        boolean visible = scope.personal() ? scope.key().equals(ScenarioScope.personal(access.currentUser()).key())
                : access.mayRead(scope.workshopId());
        if (!visible) {
            throw notFound(id); // another account's scenario does not exist for the caller
        }
        return s;
    }

    private SavedScenario writable(long id, long expectedVersion) {
        SavedScenario s = readable(id);
        checkWritable(s.scope());
        if (s.getVersion() != expectedVersion) {
            throw stale(s);
        }
        return s;
    }

    private void checkWritable(ScenarioScope scope) {
        if (!scope.personal() && !access.mayWrite(scope.workshopId())) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.READ_ONLY, "workshopId",
                    Text.of(ScenarioText.ERROR_READ_ONLY));
        }
    }

    private AnalysisInput valid(AnalysisInput input) {
        if (input == null) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, "scenario",
                    Text.of(ScenarioText.ERROR_REQUIRED));
        }
        List<Violation> bad = analysis.violations(input);
        if (!bad.isEmpty()) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, bad.stream()
                    .map(v -> new ScenarioRefusedException.Problem("scenario.assumptions." + v.field(), v.text()))
                    .toList());
        }
        return input;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, "name",
                    Text.of(ScenarioText.ERROR_NAME_REQUIRED));
        }
        if (name.strip().length() > MAX_NAME) {
            throw new ScenarioRefusedException(ScenarioRefusedException.Reason.INVALID, "name",
                    Text.of(ScenarioText.ERROR_NAME_LENGTH, MAX_NAME));
        }
        return name.strip();
    }

    private static ScenarioRefusedException nameTaken(String name) {
        return new ScenarioRefusedException(ScenarioRefusedException.Reason.NAME_TAKEN, "name",
                Text.of(ScenarioText.ERROR_NAME_TAKEN, name));
    }

    private static ScenarioRefusedException stale(SavedScenario s) {
        return new ScenarioRefusedException(ScenarioRefusedException.Reason.STALE, "version",
                Text.of(ScenarioText.ERROR_STALE, s.getName()));
    }

    private static ScenarioRefusedException notFound(long id) {
        return new ScenarioRefusedException(ScenarioRefusedException.Reason.NOT_FOUND, "id",
                Text.of(ScenarioText.ERROR_NOT_FOUND, id));
    }

    private Summary summary(SavedScenario s, Map<Long, String> workshops) {
        ScenarioScope scope = s.scope();
        boolean writable = scope.personal() || access.mayWrite(scope.workshopId());
        return new Summary(s.getId(), s.getName(), scope, scope.personal() ? null : workshops.get(scope.workshopId()),
                s.getVersion(), s.getUpdatedBy(), s.getUpdatedAt(), writable);
    }

    private String write(AnalysisInput in) {
        try {
            return json.writeValueAsString(ScenarioJson.toMap(in));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scenario could not be written as JSON", e);
        }
    }

    private AnalysisInput read(SavedScenario s) {
        try {
            return ScenarioJson.fromMap(json.readValue(s.getContent(), new TypeReference<Map<String, Object>>() {
            }), "scenario");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Saved scenario " + s.getId() + " is not valid JSON", e);
        }
    }
}
