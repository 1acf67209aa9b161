package org.cctvportal.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the portal's realm that production and the local stack must share, in one form whichever side they
 * were read from: the realm file the local stack imports ({@link RealmFile}) or the Terraform that builds shared and
 * production realms ({@link TerraformRealm}). Keys follow the realm file's names; every value is a string, a sorted
 * set of strings or a nested map of them, so two shapes compare with {@code equals}.
 *
 * @param settings realm-level settings (name, TLS, sign-in options, token and session lifespans in seconds)
 * @param roles realm role name to description
 * @param clients client id to its settings, default and optional scopes, and protocol mappers by name
 * @param userProfile the declarative user profile: its attributes, groups and unmanaged-attribute policy
 */
record RealmShape(Map<String, Object> settings, Map<String, Object> roles, Map<String, Object> clients,
        Map<String, Object> userProfile) {

    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)([hms])");

    /** Clients that exist only on the local stack (the password grant) and must never reach a shared Keycloak. */
    static final Set<String> LOCAL_ONLY_CLIENTS = Set.of("cctv-portal-local-cli");

    /** Every difference between the realm file and Terraform, each naming what drifted; empty when they agree. */
    static List<String> drift(RealmShape realmFile, RealmShape terraform) {
        List<String> drift = new ArrayList<>();
        compare("settings", realmFile.settings, terraform.settings, drift);
        compare("roles", realmFile.roles, terraform.roles, drift);
        Map<String, Object> sharedClients = new TreeMap<>(realmFile.clients);
        sharedClients.keySet().removeAll(LOCAL_ONLY_CLIENTS);
        Map<String, Object> terraformClients = new TreeMap<>(terraform.clients);
        for (String local : LOCAL_ONLY_CLIENTS) {
            if (terraformClients.remove(local) != null) {
                drift.add("clients." + local + ": a local-stack-only client (password grant) is in Terraform");
            }
        }
        compare("clients", sharedClients, terraformClients, drift);
        compare("userProfile", realmFile.userProfile, terraform.userProfile, drift);
        return drift;
    }

    private static void compare(String path, Object fromFile, Object fromTerraform, List<String> drift) {
        if (fromFile instanceof Map<?, ?> file && fromTerraform instanceof Map<?, ?> terraform) {
            TreeSet<String> keys = new TreeSet<>();
            file.keySet().forEach(key -> keys.add(key.toString()));
            terraform.keySet().forEach(key -> keys.add(key.toString()));
            for (String key : keys) {
                if (!terraform.containsKey(key)) {
                    drift.add(path + "." + key + ": in the realm file, missing from Terraform");
                } else if (!file.containsKey(key)) {
                    drift.add(path + "." + key + ": in Terraform, missing from the realm file");
                } else {
                    compare(path + "." + key, file.get(key), terraform.get(key), drift);
                }
            }
        } else if (!Objects.equals(fromFile, fromTerraform)) {
            drift.add(path + ": realm file has " + fromFile + ", Terraform has " + fromTerraform);
        }
    }

    /** A value in comparable form: strings for scalars (whole numbers without a fraction), sorted sets for lists. */
    static Object value(Object raw) {
        if (raw instanceof Collection<?> many) {
            TreeSet<String> set = new TreeSet<>();
            many.forEach(item -> set.add(String.valueOf(value(item))));
            return set;
        }
        if (raw instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Long.toString(number.longValue());
        }
        return raw == null ? null : raw.toString();
    }

    /** A Go duration as Terraform's Keycloak provider takes it ("5m", "10h", "1h30m") in seconds. */
    static String seconds(Object duration) {
        if (duration == null) {
            return null;
        }
        Matcher part = DURATION_PART.matcher(duration.toString());
        long seconds = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            long amount = Long.parseLong(part.group(1));
            seconds += switch (part.group(2)) {
                case "h" -> amount * 3600;
                case "m" -> amount * 60;
                default -> amount;
            };
            end = part.end();
        }
        if (end == 0 || end != duration.toString().length()) {
            throw new IllegalArgumentException("Not a duration in hours, minutes and seconds: " + duration);
        }
        return Long.toString(seconds);
    }
}
