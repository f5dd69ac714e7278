// Summarises a JFR recording's execution samples: where the CPU went, per frame (self, inclusive, and the deepest
// frame of our own code), optionally within a time window and for threads whose name contains a text.
//
// Record:  java -XX:StartFlightRecording=settings=profile,maxage=1h -jar target/merit-*.jar   (or JAVA_OPTS for bench/load)
// Dump:    jcmd <pid> JFR.dump filename=/tmp/run.jfr        (while or right after a wrk run)
// Read:    java bench/profile/Hot.java /tmp/run.jfr [FROM TO [THREAD]]   e.g. 2026-12-06T05:57:30Z 2026-12-06T05:57:50Z http-nio
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

public class Hot {
    public static void main(String[] a) throws Exception {
        Instant from = a.length > 1 ? Instant.parse(a[1]) : Instant.MIN;
        Instant to = a.length > 2 ? Instant.parse(a[2]) : Instant.MAX;
        String thread = a.length > 3 ? a[3] : "";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int n = 0;
        try (RecordingFile f = new RecordingFile(Path.of(a[0]))) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")
                        || e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                    continue;
                }
                RecordedThread t = e.getThread("sampledThread");
                RecordedStackTrace st = e.getStackTrace();
                if (t == null || st == null || !String.valueOf(t.getJavaName()).contains(thread)) {
                    continue;
                }
                n++;
                List<RecordedFrame> frames = st.getFrames();
                if (!frames.isEmpty()) {
                    self.merge(name(frames.get(0)), 1, Integer::sum);
                }
                Set<String> seen = new HashSet<>();
                boolean found = false;
                for (RecordedFrame x : frames) {
                    String s = name(x);
                    if (seen.add(s)) {
                        inclusive.merge(s, 1, Integer::sum);
                    }
                    if (!found && s.startsWith("id.merit") && !s.contains("$$") && !s.contains("$Proxy") && !s.contains("Filter")) {
                        ours.merge(s, 1, Integer::sum);
                        found = true;
                    }
                }
            }
        }
        System.out.println("samples " + n);
        print("SELF", self, n, 25);
        print("INCLUSIVE", inclusive, n, 120);
        print("DEEPEST FRAME OF OUR CODE", ours, n, 40);
    }

    static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    static void print(String heading, Map<String, Integer> m, int n, int k) {
        System.out.println("== " + heading);
        m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(k)
                .forEach(e -> System.out.printf("%6.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, n), e.getKey()));
    }
}
