package id.merit.performance.web;

import id.merit.performance.BehaviourAspect;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.RatingSheetService;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/**
 * The detailed rating: one rating per RHK (by RHK id) and per BerAKHLAK aspect (by code), notes, the sheet's version
 * (empty for a first save) and the button pressed ({@code draft} or {@code submit}).
 */
@Getter
@Setter
class SheetForm {
    private Map<String, SkpRating> rhk = new LinkedHashMap<>();
    private Map<String, SkpRating> aspects = new LinkedHashMap<>();
    @Size(max = 2000)
    private String notes;
    private Integer version;
    private String action;

    boolean submit() {
        return "submit".equals(action);
    }

    Map<Long, SkpRating> rhkById() {
        Map<Long, SkpRating> out = new HashMap<>();
        rhk.forEach((k, v) -> {
            if (v != null && k.matches("\\d{1,18}")) {
                out.put(Long.valueOf(k), v);
            }
        });
        return out;
    }

    Map<BehaviourAspect, SkpRating> aspectMap() {
        Map<BehaviourAspect, SkpRating> out = new EnumMap<>(BehaviourAspect.class);
        for (BehaviourAspect a : BehaviourAspect.values()) {
            SkpRating r = aspects.get(a.name());
            if (r != null) {
                out.put(a, r);
            }
        }
        return out;
    }

    static SheetForm of(RatingSheetService.Sheet sheet) {
        SheetForm f = new SheetForm();
        if (sheet != null) {
            sheet.rhk().forEach((k, v) -> f.rhk.put(String.valueOf(k), v));
            sheet.aspects().forEach((k, v) -> f.aspects.put(k.name(), v));
            f.notes = sheet.notes();
            f.version = sheet.version();
        }
        return f;
    }
}
