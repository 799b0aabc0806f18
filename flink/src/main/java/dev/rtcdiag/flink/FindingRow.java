package dev.rtcdiag.flink;

import dev.rtcdiag.core.Evidence;
import dev.rtcdiag.core.Finding;
import dev.rtcdiag.core.KnowledgeBase;
import dev.rtcdiag.core.Severity;
import dev.rtcdiag.core.Symptom;
import dev.rtcdiag.parsers.spi.EventTime;
import dev.rtcdiag.parsers.spi.SourcePosition;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Finding} as strings and numbers, for Flink's POJO serializer; the cause travels as its id and
 * is looked up again in the knowledge base of the side that reads it.
 */
public final class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public String cause;
    public double confidence;
    public String symptomSystem;
    public String symptomCode;
    public String symptomName;
    public String session;
    public String firstRaw;
    public boolean hasFirst;
    public long firstSecond;
    public int firstNano;
    public boolean firstZoneKnown;
    public boolean firstDateKnown;
    public String firstZone;
    public List<String> evidenceSource;
    public List<Long> evidenceLine;
    public List<Long> evidenceOffset;
    public List<String> evidenceText;
    public List<String> evidenceNote;
    public List<String> notes;
    public String severity;

    /** For Flink's POJO serializer. */
    public FindingRow() {
    }

    /** The row of a finding. */
    public static FindingRow of(Finding f) {
        FindingRow r = new FindingRow();
        r.cause = f.causeId();
        r.confidence = f.confidence();
        r.symptomSystem = f.symptom().system();
        r.symptomCode = f.symptom().code();
        r.symptomName = f.symptom().name();
        r.session = f.session();
        r.firstRaw = f.first().raw();
        r.hasFirst = f.first().isPresent();
        if (r.hasFirst) {
            r.firstSecond = f.first().instant().getEpochSecond();
            r.firstNano = f.first().instant().getNano();
        }
        r.firstZoneKnown = f.first().zoneKnown();
        r.firstDateKnown = f.first().dateKnown();
        r.firstZone = f.first().zone().getId();
        r.evidenceSource = new ArrayList<>();
        r.evidenceLine = new ArrayList<>();
        r.evidenceOffset = new ArrayList<>();
        r.evidenceText = new ArrayList<>();
        r.evidenceNote = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            r.evidenceSource.add(e.position().source());
            r.evidenceLine.add(e.position().line());
            r.evidenceOffset.add(e.position().byteOffset());
            r.evidenceText.add(e.text());
            r.evidenceNote.add(e.note());
        }
        r.notes = new ArrayList<>(f.notes());
        r.severity = f.severity().name();
        return r;
    }

    /** The finding again, its cause from {@code kb}. */
    public Finding toFinding(KnowledgeBase kb) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < evidenceSource.size(); i++) {
            evidence.add(new Evidence(new SourcePosition(evidenceSource.get(i), evidenceLine.get(i), evidenceOffset.get(i)), evidenceText.get(i),
                    evidenceNote.get(i)));
        }
        EventTime first = hasFirst ? new EventTime(firstRaw, Instant.ofEpochSecond(firstSecond, firstNano), firstZoneKnown, firstDateKnown,
                ZoneId.of(firstZone)) : EventTime.NONE;
        return new Finding(kb.get(cause), confidence, new Symptom(symptomSystem, symptomCode, symptomName), session, first, evidence, notes, Severity.valueOf(severity));
    }
}
