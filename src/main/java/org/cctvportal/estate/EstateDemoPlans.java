package org.cctvportal.estate;

import java.util.List;

/**
 * What each demo partner's estate looks like: real town-centre places with their postcodes and coordinates, how many
 * cameras stand at each, and the recorders, servers and workstations behind them. The older kit (a Windows 7
 * workstation, a Windows Server 2012 R2 NVR, an internet-facing NVR, Hikvision and Dahua cameras) is there on purpose,
 * so the specification's findings have something to find.
 */
final class EstateDemoPlans {

    private EstateDemoPlans() {
    }

    /** A place with cameras; {@code cameras} of them stand within a couple of hundred metres of its centre. */
    record SitePlan(String name, SiteKind kind, String address, String postcode, double latitude, double longitude,
            int cameras, boolean sensitive) {
    }

    /** A recorder, VMS server or control-room workstation, as its form would be filled in. */
    record RecorderPlan(String name, RecorderKind kind, String site, String maker, String model, String os,
            String osVersion, NetworkExposure exposure, String lastPatched) {
    }

    /**
     * One partner's estate. {@code makers} weights the camera makers (Axis, Hanwha, Bosch, Hikvision, Dahua) and
     * {@code switchOffs} is how many cameras were later taken offline or decommissioned.
     */
    record EstatePlan(String partner, String partnership, String tagPrefix, long seed, int[] makers,
            List<SitePlan> sites, List<RecorderPlan> recorders, int switchOffs) {
        int cameraCount() {
            return sites.stream().mapToInt(SitePlan::cameras).sum();
        }
    }

    private static SitePlan site(String name, SiteKind kind, String address, String postcode, double lat, double lon,
            int cameras) {
        return new SitePlan(name, kind, address, postcode, lat, lon, cameras, false);
    }

    private static SitePlan sensitive(String name, SiteKind kind, String address, String postcode, double lat,
            double lon, int cameras) {
        return new SitePlan(name, kind, address, postcode, lat, lon, cameras, true);
    }

    private static RecorderPlan recorder(String name, RecorderKind kind, String site, String maker, String model,
            String os, String osVersion, NetworkExposure exposure, String lastPatched) {
        return new RecorderPlan(name, kind, site, maker, model, os, osVersion, exposure, lastPatched);
    }

    static final List<EstatePlan> ALL = List.of(
            new EstatePlan("tv-oxford-city", "thames-valley", "OXF", 1_001L, new int[] { 30, 20, 20, 20, 10 }, List.of(
                    site("Cornmarket Street", SiteKind.TOWN_CENTRE, "Cornmarket Street, Oxford", "OX1 3HA", 51.7527, -1.2592, 34),
                    site("Gloucester Green", SiteKind.TRANSPORT_HUB, "Gloucester Green bus station, Oxford", "OX1 2BU", 51.7538, -1.2630, 18),
                    site("Westgate car park", SiteKind.CAR_PARK, "Castle Mill Stream, Oxford", "OX1 1TR", 51.7497, -1.2605, 26),
                    site("Oxford railway station", SiteKind.TRANSPORT_HUB, "Park End Street, Oxford", "OX1 1HS", 51.7535, -1.2700, 22),
                    site("Blackbird Leys", SiteKind.HOUSING_ESTATE, "Blackbird Leys Road, Oxford", "OX4 6HW", 51.7220, -1.2010, 20),
                    site("Cowley Road", SiteKind.TOWN_CENTRE, "Cowley Road, Oxford", "OX4 1HR", 51.7470, -1.2370, 24),
                    sensitive("St Aldate's", SiteKind.TOWN_CENTRE, "St Aldate's, Oxford", "OX1 1DS", 51.7505, -1.2570, 16),
                    site("Broad Street", SiteKind.TOWN_CENTRE, "Broad Street, Oxford", "OX1 3BD", 51.7545, -1.2565, 14),
                    sensitive("Oxford Town Hall", SiteKind.COUNCIL_BUILDING, "St Aldate's, Oxford", "OX1 1BX", 51.7513, -1.2576, 6)),
                    List.of(
                    recorder("OXF-NVR-01", RecorderKind.NVR, "St Aldate's", "HIKVISION", "DS-9664NI-M16", "Vendor embedded firmware", "V4.30.085", NetworkExposure.PARTNERSHIP_NETWORK, "2022-06-14"),
                    recorder("OXF-NVR-02", RecorderKind.NVR, "Oxford Town Hall", "Dell", "PowerEdge R730", "Windows Server 2012 R2", "6.3.9600", NetworkExposure.PARTNERSHIP_NETWORK, "2023-09-12"),
                    recorder("OXF-NVR-03", RecorderKind.NVR, "Westgate car park", "Bosch", "DIVAR IP all-in-one 7000", "Windows Server 2019", "1809", NetworkExposure.ISOLATED, "2025-08-05")),
                    2),
            new EstatePlan("tv-cherwell", "thames-valley", "CHE", 2_002L, new int[] { 20, 30, 10, 15, 25 }, List.of(
                    site("Banbury town centre", SiteKind.TOWN_CENTRE, "Market Place, Banbury", "OX16 5LH", 52.0629, -1.3398, 26),
                    site("Castle Quay car park", SiteKind.CAR_PARK, "Castle Quay, Banbury", "OX16 5UN", 52.0620, -1.3370, 18),
                    site("Banbury railway station", SiteKind.TRANSPORT_HUB, "Station Approach, Banbury", "OX16 5AB", 52.0604, -1.3282, 12),
                    site("Bicester Village station", SiteKind.TRANSPORT_HUB, "London Road, Bicester", "OX26 6HU", 51.8929, -1.1486, 14),
                    site("Bicester Sheep Street", SiteKind.TOWN_CENTRE, "Sheep Street, Bicester", "OX26 6JF", 51.8998, -1.1529, 12),
                    site("Kidlington High Street", SiteKind.TOWN_CENTRE, "High Street, Kidlington", "OX5 2DH", 51.8237, -1.2890, 8),
                    sensitive("Bodicote House", SiteKind.COUNCIL_BUILDING, "White Post Road, Bodicote", "OX15 4AA", 52.0435, -1.3330, 4)),
                    List.of(
                    recorder("CHE-NVR-01", RecorderKind.NVR, "Castle Quay car park", "Dahua Technology", "DHI-NVR5864-4KS2", "Vendor embedded firmware", "V4.001.0000000.3", NetworkExposure.INTERNET_FACING, "2021-03-02"),
                    recorder("CHE-NVR-02", RecorderKind.NVR, "Bicester Sheep Street", "Wisenet", "XRN-3210B4", "Vendor embedded firmware", "2.30.10", NetworkExposure.PARTNERSHIP_NETWORK, "2025-02-18")),
                    1),
            new EstatePlan("tv-milton-keynes", "thames-valley", "MK", 3_003L, new int[] { 25, 25, 25, 15, 10 }, List.of(
                    site("Midsummer Boulevard", SiteKind.TOWN_CENTRE, "Midsummer Boulevard, Central Milton Keynes", "MK9 3BN", 52.0420, -0.7580, 30),
                    site("Central Milton Keynes shopping centre", SiteKind.TOWN_CENTRE, "Silbury Boulevard, Central Milton Keynes", "MK9 3ES", 52.0440, -0.7530, 28),
                    site("Milton Keynes Central station", SiteKind.TRANSPORT_HUB, "Station Square, Milton Keynes", "MK9 1LA", 52.0343, -0.7740, 24),
                    site("Theatre District car park", SiteKind.CAR_PARK, "Marlborough Gate, Central Milton Keynes", "MK9 3NZ", 52.0450, -0.7470, 20),
                    site("Bletchley Queensway", SiteKind.TOWN_CENTRE, "Queensway, Bletchley", "MK2 2DX", 51.9960, -0.7360, 20),
                    site("Wolverton Church Street", SiteKind.TOWN_CENTRE, "Church Street, Wolverton", "MK12 5JN", 52.0620, -0.8120, 14),
                    site("Netherfield", SiteKind.HOUSING_ESTATE, "Marlborough Street, Netherfield", "MK6 4JA", 52.0230, -0.7260, 12),
                    sensitive("Milton Keynes Civic Offices", SiteKind.COUNCIL_BUILDING, "1 Saxon Gate East, Milton Keynes", "MK9 3EJ", 52.0412, -0.7620, 6)),
                    List.of(
                    recorder("MK-NVR-01", RecorderKind.NVR, "Milton Keynes Civic Offices", "Bosch", "DIVAR IP all-in-one 7000", "Windows Server 2019", "1809", NetworkExposure.PARTNERSHIP_NETWORK, "2025-07-21"),
                    recorder("MK-NVR-02", RecorderKind.NVR, "Bletchley Queensway", "Hikvision", "DS-7732NI-K4", "Vendor embedded firmware", "V4.22.005", NetworkExposure.PARTNERSHIP_NETWORK, "2020-11-30"),
                    recorder("MK-VMS-01", RecorderKind.VMS_SERVER, "Milton Keynes Civic Offices", "HPE", "ProLiant DL380 Gen10", "Windows Server 2022", "21H2", NetworkExposure.PARTNERSHIP_NETWORK, "2025-09-09")),
                    2),
            new EstatePlan("tv-slough", "thames-valley", "SLO", 4_004L, new int[] { 20, 20, 15, 30, 15 }, List.of(
                    site("Slough High Street", SiteKind.TOWN_CENTRE, "High Street, Slough", "SL1 1EL", 51.5098, -0.5930, 30),
                    site("Brunel bus station", SiteKind.TRANSPORT_HUB, "Wellington Street, Slough", "SL1 1XW", 51.5115, -0.5920, 16),
                    site("Slough station", SiteKind.TRANSPORT_HUB, "Brunel Way, Slough", "SL1 1PQ", 51.5118, -0.5912, 18),
                    site("Queensmere car park", SiteKind.CAR_PARK, "Wellington Street, Slough", "SL1 1DQ", 51.5090, -0.5890, 14),
                    site("Britwell estate", SiteKind.HOUSING_ESTATE, "Wentworth Avenue, Britwell", "SL2 2HH", 51.5300, -0.6360, 14),
                    site("Chalvey", SiteKind.HOUSING_ESTATE, "Chalvey Road East, Slough", "SL1 2SP", 51.5040, -0.6060, 10)),
                    List.of(
                    recorder("SLO-NVR-01", RecorderKind.NVR, "Slough High Street", "Milestone", "Husky IVO 1800R", "Windows Server 2016", "1607", NetworkExposure.PARTNERSHIP_NETWORK, "2024-12-10"),
                    recorder("SLO-NVR-02", RecorderKind.NVR, "Britwell estate", "Hangzhou Hikvision Digital Technology", "DS-7716NI-I4", "Vendor embedded firmware", "V4.30.000", NetworkExposure.ISOLATED, "2019-05-17")),
                    1),
            new EstatePlan("as-bristol", "avon-somerset", "BRS", 5_005L, new int[] { 35, 25, 20, 10, 10 }, List.of(
                    site("Broadmead", SiteKind.TOWN_CENTRE, "Broadmead, Bristol", "BS1 3HQ", 51.4580, -2.5880, 36),
                    site("Cabot Circus car park", SiteKind.CAR_PARK, "Bond Street, Bristol", "BS1 3BX", 51.4595, -2.5840, 22),
                    site("Bristol Temple Meads", SiteKind.TRANSPORT_HUB, "Station Approach, Bristol", "BS1 6QF", 51.4491, -2.5813, 26),
                    site("Stokes Croft", SiteKind.TOWN_CENTRE, "Stokes Croft, Bristol", "BS1 3QY", 51.4640, -2.5890, 18),
                    site("Harbourside", SiteKind.TOWN_CENTRE, "Anchor Road, Bristol", "BS1 5DB", 51.4505, -2.5980, 20),
                    site("Bristol bus station", SiteKind.TRANSPORT_HUB, "Marlborough Street, Bristol", "BS1 3NU", 51.4590, -2.5930, 14),
                    sensitive("Bristol City Hall", SiteKind.COUNCIL_BUILDING, "College Green, Bristol", "BS1 5TR", 51.4520, -2.6010, 6)),
                    List.of(
                    recorder("BRS-VMS-01", RecorderKind.VMS_SERVER, "Bristol City Hall", "HPE", "ProLiant DL360 Gen10", "Windows Server 2022", "21H2", NetworkExposure.PARTNERSHIP_NETWORK, "2025-10-01"),
                    recorder("BRS-NVR-01", RecorderKind.NVR, "Broadmead", "Dahua", "DHI-NVR608-64-4KS2", "Vendor embedded firmware", "V4.001.0000000.1", NetworkExposure.PARTNERSHIP_NETWORK, "2023-04-25")),
                    1),
            // A business's cameras, registered for monitoring only: some Hikvision, which raises no finding.
            new EstatePlan("tv-kingsmead", "thames-valley", "KQS", 7_007L, new int[] { 40, 30, 0, 30, 0 }, List.of(
                    site("Kingsmead Quarter malls", SiteKind.TOWN_CENTRE, "Kingsmead Quarter, Silbury Boulevard, Milton Keynes", "MK9 3ES", 52.0430, -0.7590, 6),
                    site("Kingsmead Quarter car park", SiteKind.CAR_PARK, "Kingsmead Quarter multi-storey, Secklow Gate, Milton Keynes", "MK9 3DG", 52.0442, -0.7565, 4)),
                    List.of(
                    recorder("KQS-NVR-01", RecorderKind.NVR, "Kingsmead Quarter malls", "Hikvision", "DS-7732NI-K4", "Vendor embedded firmware", "V4.22.005", NetworkExposure.ISOLATED, "2024-02-12")),
                    0),
            new EstatePlan("tv-ods", "thames-valley", "ODS", 6_006L, new int[] { 1, 0, 0, 0, 0 }, List.of(
                    sensitive("Oxford monitoring hub", SiteKind.OTHER, "Oxford control room, Cowley, Oxford", "OX4 6JY", 51.7330, -1.2160, 0),
                    sensitive("Milton Keynes monitoring hub", SiteKind.OTHER, "Milton Keynes control room, Central Milton Keynes", "MK9 3HS", 52.0400, -0.7560, 0)),
                    List.of(
                    recorder("ODS-OXF-VMS-01", RecorderKind.VMS_SERVER, "Oxford monitoring hub", "Dell", "PowerEdge R750", "Windows Server 2019", "1809", NetworkExposure.PARTNERSHIP_NETWORK, "2025-10-14"),
                    recorder("ODS-OXF-WS-01", RecorderKind.WORKSTATION, "Oxford monitoring hub", "Dell", "OptiPlex 7010", "Windows 7 SP1", "6.1.7601", NetworkExposure.PARTNERSHIP_NETWORK, "2019-12-10"),
                    recorder("ODS-OXF-WS-02", RecorderKind.WORKSTATION, "Oxford monitoring hub", "Dell", "Precision 3660", "Windows 11", "23H2", NetworkExposure.PARTNERSHIP_NETWORK, "2025-10-14"),
                    recorder("ODS-MK-WS-01", RecorderKind.WORKSTATION, "Milton Keynes monitoring hub", "HP", "Z2 G9", "Windows 10", "22H2", NetworkExposure.PARTNERSHIP_NETWORK, "2025-09-09"),
                    recorder("ODS-MK-WS-02", RecorderKind.WORKSTATION, "Milton Keynes monitoring hub", "HP", "Z2 G9", "Windows 11", "23H2", NetworkExposure.PARTNERSHIP_NETWORK, "2025-10-14")),
                    0));
}
