package org.cctvportal.estate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cctvportal.estate.EstateDemoPlans.EstatePlan;
import org.cctvportal.estate.EstateDemoPlans.SitePlan;

/** Made-up but plausible demo cameras: real product lines, firmware of their era, and the faults estates have. */
final class EstateDemoCameras {

    private EstateDemoCameras() {
    }

    /** A product line: the name typed in the maker field, the model, its type, megapixels and firmware prefix. */
    record Product(String maker, String model, CameraType type, String resolution, String firmware) {
    }

    /** Per maker, in the order of {@link EstatePlan#makers()}: Axis, Hanwha Vision, Bosch, Hikvision, Dahua. */
    static final List<List<Product>> PRODUCTS = List.of(
            List.of(new Product("Axis", "P3265-LVE", CameraType.DOME, "2.1", "10.12."),
                    new Product("Axis", "Q6135-LE", CameraType.PTZ, "2.1", "9.80."),
                    new Product("Axis", "P1468-LE", CameraType.FIXED, "8.3", "11.5."),
                    new Product("Axis", "P3727-PLE", CameraType.MULTI_SENSOR, "8", "10.12.")),
            List.of(new Product("Hanwha Vision", "XNV-8081Z", CameraType.DOME, "5", "2.21."),
                    new Product("Hanwha Vision", "XNP-9300RW", CameraType.PTZ, "8", "2.10."),
                    new Product("Samsung Techwin", "SNO-6084R", CameraType.FIXED, "2", "1.41."),
                    new Product("Hanwha Vision", "PNM-9084RQZ", CameraType.MULTI_SENSOR, "20", "2.02.")),
            List.of(new Product("Bosch", "FLEXIDOME IP 5100i", CameraType.DOME, "5", "8.71."),
                    new Product("Bosch", "AUTODOME IP 5000i", CameraType.PTZ, "2", "7.80."),
                    new Product("Bosch", "DINION IP 7100i", CameraType.FIXED, "4", "8.90."),
                    new Product("Bosch", "MIC IP fusion 9000i", CameraType.PTZ, "2", "7.10.")),
            List.of(new Product("Hikvision", "DS-2CD2143G2-I", CameraType.DOME, "4", "V5.7."),
                    new Product("HIKVISION", "DS-2DE4425IW-DE", CameraType.PTZ, "4", "V5.6."),
                    new Product("Hikvision", "DS-2CD2T47G2-L", CameraType.FIXED, "4", "V5.5."),
                    new Product("Hikvision", "iDS-TCM403-GIR", CameraType.ANPR, "4", "V4.1.")),
            List.of(new Product("Dahua", "IPC-HDBW2431E-S", CameraType.DOME, "4", "V2.800."),
                    new Product("Dahua", "SD49425XB-HNR", CameraType.PTZ, "4", "V2.820."),
                    new Product("Dahua Technology", "IPC-HFW5442T-ASE", CameraType.FIXED, "4", "V2.800."),
                    new Product("Dahua", "ITC413-PW4D", CameraType.ANPR, "4", "V1.000.")));

    /** One camera near {@code site}: about one in twenty faulty, one in seven overdue for maintenance. */
    static RawRecord camera(String tag, SitePlan site, EstatePlan plan, Random random, LocalDate today) {
        Product product = pick(plan.makers(), random);
        Map<String, String> values = new HashMap<>();
        values.put("assetTag", tag);
        values.put("site", site.name());
        values.put("manufacturer", product.maker());
        values.put("model", product.model());
        values.put("type", product.type().name());
        values.put("resolutionMp", product.resolution());
        values.put("firmware", product.firmware() + random.nextInt(10) + "." + random.nextInt(40));
        LocalDate installed = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365));
        values.put("installDate", installed.toString());
        int dueInDays = random.nextInt(7) == 0 ? -(1 + random.nextInt(200)) : 1 + random.nextInt(365);
        values.put("nextMaintenance", today.plusDays(dueInDays).toString());
        values.put("status", random.nextInt(20) == 0 ? CameraStatus.FAULTY.name() : CameraStatus.LIVE.name());
        values.put("latitude", String.format(Locale.ROOT, "%.6f", site.latitude() + random.nextGaussian() * 0.0007));
        values.put("longitude", String.format(Locale.ROOT, "%.6f", site.longitude() + random.nextGaussian() * 0.0011));
        values.put("bearing", Integer.toString(random.nextInt(360)));
        values.put("fieldOfView", Integer.toString(product.type() == CameraType.PTZ ? 360 : 40 + random.nextInt(70)));
        values.put("connection", random.nextInt(8) == 0 ? ConnectionType.WIRELESS.name() : ConnectionType.FIBRE.name());
        List<EstateDemoPlans.RecorderPlan> nvrs = plan.recorders().stream()
                .filter(r -> r.kind() == RecorderKind.NVR).toList();
        if (!nvrs.isEmpty()) {
            values.put("recorder", nvrs.get(Math.floorMod(site.name().hashCode(), nvrs.size())).name());
        }
        return RawRecord.of(values);
    }

    private static Product pick(int[] weights, Random random) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int maker = 0; maker < weights.length; maker++) {
            roll -= weights[maker];
            if (roll < 0) {
                List<Product> lines = PRODUCTS.get(maker);
                return lines.get(random.nextInt(lines.size()));
            }
        }
        throw new IllegalStateException("weights must add up to more than zero");
    }
}
