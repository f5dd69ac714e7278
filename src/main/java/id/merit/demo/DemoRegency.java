package id.merit.demo;

import id.merit.employee.AwardRecord;
import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeBundle;
import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import id.merit.employee.Rank;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.shared.Nip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A plausible regency (modelled on Kabupaten Barito Timur, seed 000): ~35 top-level OPDs with kecamatan,
 * kelurahan/desa and UPT (puskesmas) beneath, ASN and honorary staff with valid NIPs, position, education and
 * training histories and home coordinates. The same seed always gives the same regency.
 */
public final class DemoRegency {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final double CENTER_LAT = -2.0650;
    private static final double CENTER_LON = 115.1900;

    private static final String[][] TOP = {
            {"SETDA", "Sekretariat Daerah", "SEKRETARIAT"}, {"SETWAN", "Sekretariat DPRD", "SEKRETARIAT"},
            {"INSP", "Inspektorat Daerah", "INSPEKTORAT"}, {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "BADAN"},
            {"BKPSDM", "Badan Kepegawaian dan Pengembangan SDM", "BADAN"}, {"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "BADAN"},
            {"BAPENDA", "Badan Pendapatan Daerah", "BADAN"}, {"BPBD", "Badan Penanggulangan Bencana Daerah", "BADAN"},
            {"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "BADAN"}, {"DISDIK", "Dinas Pendidikan", "DINAS"},
            {"DINKES", "Dinas Kesehatan", "DINAS"}, {"DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "DINAS"},
            {"DPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "DINAS"}, {"DINSOS", "Dinas Sosial", "DINAS"},
            {"DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", "DINAS"}, {"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "DINAS"},
            {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "DINAS"}, {"DISHUB", "Dinas Perhubungan", "DINAS"},
            {"DISKOMINFO", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "DINAS"},
            {"DISKOPUKM", "Dinas Koperasi dan Usaha Mikro", "DINAS"}, {"DPMPTSP", "Dinas Penanaman Modal dan PTSP", "DINAS"},
            {"DISTAN", "Dinas Pertanian dan Ketahanan Pangan", "DINAS"}, {"DISKAN", "Dinas Perikanan", "DINAS"},
            {"DLH", "Dinas Lingkungan Hidup", "DINAS"}, {"DISBUDPAR", "Dinas Kebudayaan dan Pariwisata", "DINAS"},
            {"DISDAG", "Dinas Perdagangan dan Perindustrian", "DINAS"}, {"DISPERPUS", "Dinas Perpustakaan dan Kearsipan", "DINAS"},
            {"DISPORA", "Dinas Pemuda dan Olahraga", "DINAS"}, {"DP3AP2KB", "Dinas Pemberdayaan Perempuan, Perlindungan Anak dan KB", "DINAS"},
            {"SATPOLPP", "Satuan Polisi Pamong Praja", "OTHER"}, {"RSUD", "RSUD Tamiang Layang", "OTHER"},
            {"KEC-DUSTIM", "Kecamatan Dusun Timur", "KECAMATAN"}, {"KEC-AWANG", "Kecamatan Awang", "KECAMATAN"},
            {"KEC-BENUA", "Kecamatan Benua Lima", "KECAMATAN"}, {"KEC-PATANGKEP", "Kecamatan Patangkep Tutui", "KECAMATAN"},
            {"KEC-PAKU", "Kecamatan Paku", "KECAMATAN"},
    };
    private static final String[] VILLAGES = {"Tamiang Layang", "Jaweten", "Matabu", "Ampari", "Haringen", "Tampa", "Bentot",
            "Dayu", "Gudang Seng", "Netampin", "Sarapat", "Muara Awang", "Patung", "Kandris", "Lagan", "Balawa"};
    private static final String[] MALE = {"Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irwan", "Joko", "Rahmat", "Yusuf",
            "Andi", "Bambang", "Darmawan", "Heru", "Iwan", "Rizky", "Taufik", "Wahyu", "Yohanes", "Samuel", "Ardi", "Gusti",
            "Riduan", "Supriadi", "Muhammad", "Ahmad", "Hadi", "Nanang", "Fransiskus", "Daniel"};
    private static final String[] FEMALE = {"Siti", "Dewi", "Rina", "Yuliana", "Sri", "Nurul", "Fitri", "Lestari", "Maria",
            "Ratna", "Ayu", "Dian", "Eka", "Indah", "Kartika", "Lina", "Mega", "Novita", "Putri", "Rahmawati", "Sari", "Tuti",
            "Wulan", "Yanti", "Elisabet", "Herlina", "Junita", "Mariati", "Santi", "Veronika"};
    private static final String[] FAMILY = {"Saputra", "Wijaya", "Hidayat", "Santoso", "Pratama", "Kurniawan", "Setiawan",
            "Nugroho", "Lubis", "Siregar", "Simanjuntak", "Rahman", "Fauzi", "Halim", "Rangga", "Ilham", "Usop", "Dahlan",
            "Nahan", "Tingang", "Bungai", "Darung", "Ambun", "Lambung", "Harun", "Kasmir", "Syahrani", "Mahmud", "Tandau", "Ramli"};
    private static final String[] MAJORS = {"Administrasi Negara", "Ilmu Pemerintahan", "Akuntansi", "Manajemen", "Hukum",
            "Teknik Sipil", "Kesehatan Masyarakat", "Keperawatan", "Pendidikan Guru SD", "Agroteknologi", "Teknik Informatika",
            "Kebidanan", "Ekonomi Pembangunan", "Perikanan", "Farmasi"};
    private static final String[] TECH_TRAININGS = {"Pengadaan Barang/Jasa", "Pengelolaan Keuangan Daerah", "Penyusunan SKP",
            "Manajemen Kearsipan", "Pelayanan Publik Prima", "Analisis Jabatan", "Sistem Informasi Kepegawaian", "Penyusunan LAKIP"};

    private final Random random;
    private final Set<String> nips = new HashSet<>();
    private final List<OpdData> opds = new ArrayList<>();
    private final List<OpdData> workplaces = new ArrayList<>();

    public DemoRegency(long seed) {
        this.random = new Random(seed);
        buildOpds();
    }

    /** Parents before children, ready for OpdCommands.upsert in order. */
    public List<OpdData> opds() {
        return opds;
    }

    /** {@code asn} ASN (PNS, CPNS, PPPK) and {@code honorary} non-ASN staff spread over the OPDs. */
    public List<EmployeeBundle> staff(int asn, int honorary) {
        List<EmployeeBundle> out = new ArrayList<>(asn + honorary);
        // every top-level OPD gets a JPT head first, so the scope and position pages have real officials
        for (OpdData opd : opds) {
            if (opd.parentCode() == null && out.size() < asn) {
                out.add(person(opd, EmployeeType.PNS, PositionKind.JPT_PRATAMA));
            }
        }
        while (out.size() < asn) {
            OpdData opd = workplaces.get(random.nextInt(workplaces.size()));
            int r = random.nextInt(100);
            EmployeeType type = r < 72 ? EmployeeType.PNS : r < 77 ? EmployeeType.CPNS : r < 96 ? EmployeeType.PPPK : EmployeeType.PPPK_PARUH_WAKTU;
            out.add(person(opd, type, null));
        }
        for (int i = 0; i < honorary; i++) {
            OpdData opd = workplaces.get(random.nextInt(workplaces.size()));
            out.add(person(opd, random.nextInt(5) < 2 ? EmployeeType.NON_ASN_PHT : EmployeeType.NON_ASN_PHL, PositionKind.PELAKSANA));
        }
        return out;
    }

    private void buildOpds() {
        for (String[] t : TOP) {
            OpdData top = opd(t[0], t[1], OpdKind.valueOf(t[2]), null);
            opds.add(top);
            workplaces.add(top);
            if (t[0].startsWith("KEC-")) {
                int villages = 3 + random.nextInt(2);
                for (int v = 1; v <= villages; v++) {
                    String name = VILLAGES[random.nextInt(VILLAGES.length)];
                    OpdData kel = opd(t[0] + "-" + v, "Kelurahan " + name + " " + v, OpdKind.KELURAHAN, t[0]);
                    opds.add(kel);
                    workplaces.add(kel);
                }
            }
        }
        for (int p = 1; p <= 4; p++) {
            OpdData pkm = opd("DINKES-PKM" + p, "UPT Puskesmas " + VILLAGES[p * 3], OpdKind.UPT, "DINKES");
            opds.add(pkm);
            workplaces.add(pkm);
        }
        for (int s = 1; s <= 3; s++) {
            OpdData sd = opd("DISDIK-KORWIL" + s, "UPT Korwil Pendidikan " + s, OpdKind.UPT, "DISDIK");
            opds.add(sd);
            workplaces.add(sd);
        }
    }

    private OpdData opd(String code, String name, OpdKind kind, String parent) {
        double lat = CENTER_LAT + (random.nextDouble() - 0.5) * 0.5;
        double lon = CENTER_LON + (random.nextDouble() - 0.5) * 0.5;
        return new OpdData(code, name, kind, parent, "Jl. " + VILLAGES[random.nextInt(VILLAGES.length)] + " No. " + (1 + random.nextInt(120)),
                coord(lat), coord(lon));
    }

    private EmployeeBundle person(OpdData opd, EmployeeType type, PositionKind forcedKind) {
        Gender gender = random.nextBoolean() ? Gender.M : Gender.F;
        String first = gender == Gender.M ? MALE[random.nextInt(MALE.length)] : FEMALE[random.nextInt(FEMALE.length)];
        String name = first + " " + FAMILY[random.nextInt(FAMILY.length)];
        int age = switch (type) {
            case CPNS -> 22 + random.nextInt(10);
            case NON_ASN_PHT, NON_ASN_PHL -> 20 + random.nextInt(30);
            default -> forcedKind == PositionKind.JPT_PRATAMA ? 45 + random.nextInt(11) : 24 + random.nextInt(34);
        };
        LocalDate birth = TODAY.minusYears(age).minusDays(random.nextInt(365));
        EducationLevel edu = education(type, forcedKind);
        PositionKind kind = forcedKind != null ? forcedKind : kind(type);
        FunctionalProfession profession = kind == PositionKind.FUNGSIONAL ? profession(opd) : null;
        PositionLevel level = kind == PositionKind.FUNGSIONAL ? functionalLevel(age, profession) : null;
        int serviceYears = type.isCivilServant() ? Math.max(0, Math.min(age - 22, type == EmployeeType.CPNS ? 0 : age - 22)) : 0;
        LocalDate tmt = type == EmployeeType.CPNS ? TODAY.minusMonths(1 + random.nextInt(10)) : TODAY.minusYears(Math.max(1, serviceYears)).withDayOfMonth(1);
        String nip = uniqueNip(type, birth, gender, tmt);
        String rank = type.isCivilServant() ? rank(edu, serviceYears, type) : null;
        String positionName = positionName(kind, level, profession, opd);
        BigDecimal homeLat = coord(opd.latitude().doubleValue() + (random.nextDouble() - 0.5) * 0.25);
        BigDecimal homeLon = coord(opd.longitude().doubleValue() + (random.nextDouble() - 0.5) * 0.25);
        EmployeeData data = new EmployeeData(nip, name, gender, birth, type, opd.code(), rank, positionName, kind, level, profession,
                homeLat, homeLon);
        return new EmployeeBundle(data, positions(kind, level, positionName, opd, tmt), educations(edu, birth),
                trainings(kind, type), awards(serviceYears));
    }

    private String uniqueNip(EmployeeType type, LocalDate birth, Gender gender, LocalDate tmt) {
        if (type.isCivilServant()) {
            YearMonth start = YearMonth.from(tmt);
            YearMonth adult = YearMonth.from(birth.plusYears(18));
            if (start.isBefore(adult)) {
                start = adult;
            }
            for (int seq = 1; seq < 1000; seq++) {
                String nip = Nip.compose(birth, start, gender == Gender.M ? 'M' : 'F', seq);
                if (nips.add(nip)) {
                    return nip;
                }
            }
        }
        String prefix = switch (type) {
            case PPPK, PPPK_PARUH_WAKTU -> "PPPK";
            case NON_ASN_PHT -> "PHT";
            default -> "PHL";
        };
        String nip;
        do {
            nip = prefix + "-" + tmt.getYear() + "." + String.format("%05d", random.nextInt(100000));
        } while (!nips.add(nip));
        return nip;
    }

    private EducationLevel education(EmployeeType type, PositionKind forced) {
        if (forced == PositionKind.JPT_PRATAMA) {
            return random.nextInt(4) == 0 ? EducationLevel.S1 : EducationLevel.S2;
        }
        int r = random.nextInt(100);
        if (type == EmployeeType.NON_ASN_PHL || type == EmployeeType.NON_ASN_PHT) {
            return r < 15 ? EducationLevel.SMP : r < 70 ? EducationLevel.SMA : r < 85 ? EducationLevel.D3 : EducationLevel.S1;
        }
        return r < 3 ? EducationLevel.SMP : r < 25 ? EducationLevel.SMA : r < 40 ? EducationLevel.D3 : r < 85 ? EducationLevel.S1
                : r < 98 ? EducationLevel.S2 : EducationLevel.S3;
    }

    private PositionKind kind(EmployeeType type) {
        int r = random.nextInt(100);
        if (type == EmployeeType.CPNS) {
            return r < 50 ? PositionKind.FUNGSIONAL : PositionKind.PELAKSANA;
        }
        if (type == EmployeeType.PPPK || type == EmployeeType.PPPK_PARUH_WAKTU) {
            return r < 70 ? PositionKind.FUNGSIONAL : PositionKind.PELAKSANA;
        }
        return r < 4 ? PositionKind.ADMINISTRATOR : r < 16 ? PositionKind.PENGAWAS : r < 60 ? PositionKind.FUNGSIONAL : PositionKind.PELAKSANA;
    }

    /** Nurses and midwives have skill-track levels too; the other functional posts here are expert-track only. */
    private PositionLevel functionalLevel(int age, FunctionalProfession profession) {
        int r = random.nextInt(100);
        if (age > 45 && r < 20) {
            return PositionLevel.AHLI_MADYA;
        }
        boolean skillTrack = profession == FunctionalProfession.PERAWAT || profession == FunctionalProfession.BIDAN;
        if (skillTrack && r >= 65) {
            return r < 85 ? PositionLevel.TERAMPIL : PositionLevel.MAHIR;
        }
        return r < 45 ? PositionLevel.AHLI_PERTAMA : PositionLevel.AHLI_MUDA;
    }

    private FunctionalProfession profession(OpdData opd) {
        if (opd.code().startsWith("DINKES") || opd.code().equals("RSUD")) {
            FunctionalProfession[] health = {FunctionalProfession.PERAWAT, FunctionalProfession.BIDAN, FunctionalProfession.DOKTER,
                    FunctionalProfession.APOTEKER};
            return health[random.nextInt(health.length)];
        }
        if (opd.code().startsWith("DISDIK")) {
            return FunctionalProfession.GURU;
        }
        return null;
    }

    private String rank(EducationLevel edu, int years, EmployeeType type) {
        int start = switch (edu) {
            case SD -> 0;
            case SMP -> 4;
            case SMA, D1, D2 -> 4;
            case D3 -> 7;
            case S1, D4 -> 8;
            case S2 -> 9;
            case S3 -> 10;
        };
        int ceiling = switch (edu) {
            case SD -> 4;
            case SMP -> 6;
            case SMA, D1, D2 -> 9;
            case D3 -> 10;
            case S1, D4 -> 11;
            case S2 -> 12;
            case S3 -> 13;
        };
        int idx = type == EmployeeType.CPNS ? start : Math.min(ceiling, start + years / 4);
        return Rank.CODES.get(idx);
    }

    private String positionName(PositionKind kind, PositionLevel level, FunctionalProfession profession, OpdData opd) {
        String unit = opd.name();
        return switch (kind) {
            case JPT_PRATAMA -> (opd.kind() == OpdKind.KECAMATAN ? "Camat " : "Kepala ") + unit.replaceFirst("^Kecamatan ", "");
            case ADMINISTRATOR -> "Sekretaris " + unit;
            case PENGAWAS -> "Kepala Sub Bagian Umum dan Kepegawaian";
            case FUNGSIONAL -> (profession == null ? "Analis Kebijakan" : switch (profession) {
                case DOKTER -> "Dokter";
                case GURU -> "Guru";
                case APOTEKER -> "Apoteker";
                case PERAWAT -> "Perawat";
                case BIDAN -> "Bidan";
                case ASESOR -> "Asesor SDM Aparatur";
                case PSIKOLOG -> "Psikolog Klinis";
            }) + " " + label(level);
            case PELAKSANA -> random.nextBoolean() ? "Pengadministrasi Perkantoran" : "Pengelola Layanan Operasional";
        };
    }

    private static String label(PositionLevel level) {
        StringBuilder out = new StringBuilder();
        for (String word : level.name().split("_")) {
            out.append(out.length() == 0 ? "" : " ").append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return out.toString();
    }

    private List<PositionRecord> positions(PositionKind kind, PositionLevel level, String name, OpdData opd, LocalDate tmt) {
        List<PositionRecord> out = new ArrayList<>();
        LocalDate start = tmt;
        if (kind == PositionKind.JPT_PRATAMA || kind == PositionKind.ADMINISTRATOR) {
            LocalDate promoted = TODAY.minusYears(1 + random.nextInt(5)).withDayOfMonth(1);
            if (promoted.isAfter(start.plusYears(4))) {
                LocalDate adminStart = start.plusYears(2);
                out.add(new PositionRecord("Kepala Bidang", PositionKind.PENGAWAS, null, opd.code(), start, adminStart.minusDays(1)));
                if (kind == PositionKind.JPT_PRATAMA && promoted.isAfter(adminStart.plusYears(2))) {
                    out.add(new PositionRecord("Sekretaris Dinas", PositionKind.ADMINISTRATOR, null, opd.code(), adminStart, promoted.minusDays(1)));
                } else {
                    out.add(new PositionRecord("Kepala Seksi", PositionKind.PENGAWAS, null, opd.code(), adminStart, promoted.minusDays(1)));
                }
                start = promoted;
            }
        }
        out.add(new PositionRecord(name, kind, level, opd.code(), start, null));
        return out;
    }

    private List<EducationRecord> educations(EducationLevel top, LocalDate birth) {
        List<EducationRecord> out = new ArrayList<>();
        out.add(new EducationRecord(EducationLevel.SMA, "SMA Negeri " + (1 + random.nextInt(5)) + " Tamiang Layang", null,
                LocalDate.of(birth.getYear() + 18, 6, 30)));
        if (top.ordinal() > EducationLevel.SMA.ordinal()) {
            int years = switch (top) {
                case D1 -> 19;
                case D2 -> 20;
                case D3 -> 21;
                case S2 -> 25;
                case S3 -> 30;
                default -> 22;
            };
            out.add(new EducationRecord(top, "Universitas Palangka Raya", MAJORS[random.nextInt(MAJORS.length)],
                    LocalDate.of(birth.getYear() + years, 8, 31)));
        } else if (top == EducationLevel.SMP) {
            out.set(0, new EducationRecord(EducationLevel.SMP, "SMP Negeri 1 Dusun Timur", null, LocalDate.of(birth.getYear() + 15, 6, 30)));
        }
        return out;
    }

    private List<TrainingRecord> trainings(PositionKind kind, EmployeeType type) {
        List<TrainingRecord> out = new ArrayList<>();
        if (!type.isAsn()) {
            return out;
        }
        if (kind == PositionKind.JPT_PRATAMA || kind == PositionKind.ADMINISTRATOR || kind == PositionKind.PENGAWAS) {
            String name = switch (kind) {
                case JPT_PRATAMA -> "Pelatihan Kepemimpinan Nasional Tingkat II";
                case ADMINISTRATOR -> "Pelatihan Kepemimpinan Administrator";
                default -> "Pelatihan Kepemimpinan Pengawas";
            };
            out.add(new TrainingRecord(TrainingKind.KEPEMIMPINAN, name, 300, LocalDate.of(2018 + random.nextInt(6), 11, 20)));
        }
        if (kind == PositionKind.FUNGSIONAL && random.nextInt(3) > 0) {
            out.add(new TrainingRecord(TrainingKind.FUNGSIONAL, "Pelatihan Pembentukan Jabatan Fungsional", 80,
                    LocalDate.of(2019 + random.nextInt(6), 5, 15)));
        }
        int technical = random.nextInt(4);
        for (int i = 0; i < technical; i++) {
            out.add(new TrainingRecord(TrainingKind.TEKNIS, TECH_TRAININGS[(i * 3 + random.nextInt(TECH_TRAININGS.length)) % TECH_TRAININGS.length]
                    + " Angkatan " + (i + 1), 8 + random.nextInt(33), LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(12), 10 + i)));
        }
        if (random.nextInt(3) == 0) {
            out.add(new TrainingRecord(TrainingKind.SEMINAR, "Seminar Reformasi Birokrasi", 4, LocalDate.of(2025, 1 + random.nextInt(12), 5)));
        }
        return out;
    }

    private List<AwardRecord> awards(int serviceYears) {
        if (serviceYears >= 10 && random.nextInt(3) == 0) {
            int years = serviceYears >= 30 ? 30 : serviceYears >= 20 ? 20 : 10;
            return List.of(new AwardRecord("Satyalancana Karya Satya " + years + " Tahun", "Presiden Republik Indonesia",
                    LocalDate.of(2020 + random.nextInt(6), 8, 17)));
        }
        return List.of();
    }

    private static BigDecimal coord(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP);
    }
}
