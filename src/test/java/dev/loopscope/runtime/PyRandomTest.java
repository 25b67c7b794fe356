package dev.loopscope.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyRandomTest {
    @Test
    void replaysCPythonSequences() {
        TableCheck t = new TableCheck();
        Map<String, PyRandom> generators = new HashMap<>();
        for (String[] r : TableData.rows(RandomTable.SCRIPT)) {
            PyRandom rng = generators.computeIfAbsent(r[0], s -> new PyRandom(TableData.value(s)));
            List<?> args = (List<?>) TableData.value(r[2]);
            t.check("seed " + r[0] + " " + r[1] + TableData.render(args), r[3], () -> call(rng, r[1], args));
        }
        t.done();
    }

    @SuppressWarnings("unchecked")
    private static Object call(PyRandom rng, String name, List<?> a) {
        switch (name) {
            case "random":
                return rng.random();
            case "getrandbits":
                return rng.getrandbits((Long) a.get(0));
            case "randrange":
                return switch (a.size()) {
                    case 1 -> rng.randrange(a.get(0));
                    case 2 -> rng.randrange(a.get(0), a.get(1));
                    default -> rng.randrange(a.get(0), a.get(1), a.get(2));
                };
            case "randint":
                return rng.randint(a.get(0), a.get(1));
            case "choice":
                return rng.choice((List<Object>) a.get(0));
            case "shuffle": {
                List<Object> copy = new ArrayList<>((List<Object>) a.get(0));
                rng.shuffle(copy);
                return copy;
            }
            case "sample":
                return rng.sample((List<Object>) a.get(0), (Long) a.get(1));
            case "choices": {
                List<?> w = (List<?>) a.get(1);
                double[] weights = w == null ? null : w.stream().mapToDouble(x -> IntOps.toDouble(x)).toArray();
                return rng.choices((List<Object>) a.get(0), weights, (Long) a.get(2));
            }
            default:
                break;
        }
        double x = (Double) a.get(0);
        double y = a.size() > 1 ? (Double) a.get(1) : 0.0;
        return switch (name) {
            case "uniform" -> rng.uniform(x, y);
            case "triangular" -> rng.triangular(x, y, (Double) a.get(2));
            case "expovariate" -> rng.expovariate(x);
            case "gauss" -> rng.gauss(x, y);
            case "normalvariate" -> rng.normalvariate(x, y);
            case "lognormvariate" -> rng.lognormvariate(x, y);
            case "gammavariate" -> rng.gammavariate(x, y);
            case "betavariate" -> rng.betavariate(x, y);
            case "paretovariate" -> rng.paretovariate(x);
            case "weibullvariate" -> rng.weibullvariate(x, y);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void seedZeroFirstValues() {
        PyRandom r = new PyRandom(0L);
        // random.seed(0); random.random() in CPython 3.11
        assertEquals(0.8444218515250481, r.random());
        assertEquals(0.7579544029403025, r.random());
    }
}
